package ems.admin.ui;

import ems.error.FieldError;
import ems.i18n.Language;
import ems.i18n.Messages;

/** The desktop's strings in the signed-in staff member's language. */
public final class Text {

    private final Messages messages;

    public Text(Language language) {
        this.messages = new Messages("i18n.admin", language);
    }

    public String get(String key, Object... args) {
        return messages.get(key, args);
    }

    public String error(FieldError error) {
        return messages.error(error);
    }

    public Language language() {
        return Language.fromCode(messages.locale().getLanguage());
    }
}
