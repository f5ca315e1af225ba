package ems.portal;

/** The server's command-line arguments. */
record CommandLine(boolean demo, Integer port, String createAdminEmail, String createAdminName) {

    static CommandLine parse(String[] args) {
        boolean demo = false;
        Integer port = null;
        String email = null;
        String name = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--demo" -> demo = true;
                case "--port" -> port = PortalSettings.parsePort(value(args, ++i, "--port"));
                case "--create-admin" -> {
                    email = value(args, ++i, "--create-admin EMAIL NAME");
                    name = value(args, ++i, "--create-admin EMAIL NAME");
                }
                default -> throw new IllegalArgumentException("unknown argument: " + args[i]
                        + " (usage: [--demo] [--port N] | --create-admin EMAIL \"FULL NAME\")");
            }
        }
        return new CommandLine(demo, port, email, name);
    }

    private static String value(String[] args, int index, String option) {
        if (index >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[index];
    }
}
