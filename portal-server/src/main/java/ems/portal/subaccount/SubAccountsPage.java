package ems.portal.subaccount;

import ems.account.PortalAccountSummary;
import ems.account.Section;
import ems.account.SubAccountPreset;
import ems.account.SubAccountUsage;
import ems.portal.web.FormErrors;
import ems.portal.web.Shell;
import java.util.List;

public record SubAccountsPage(Shell shell, List<PortalAccountSummary> rows, SubAccountUsage usage, NewSubAccount form,
                              FormErrors errors, String notice) {

    public List<Section> sections() {
        return List.of(Section.values());
    }

    public List<SubAccountPreset> presets() {
        return List.of(SubAccountPreset.values());
    }
}
