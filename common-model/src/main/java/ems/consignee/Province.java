package ems.consignee;

/** Canadian provinces and territories: where a consignee is billed, which sets GST/HST. */
public enum Province {
    AB, BC, MB, NB, NL, NS, NT, NU, ON, PE, QC, SK, YT
}
