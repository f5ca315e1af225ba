package ems.portal.subaccount;

import ems.account.PortalAccountSummary;
import ems.account.Section;
import ems.portal.web.FormErrors;
import ems.portal.web.Shell;
import java.util.List;
import java.util.Set;

public record SubAccountPage(Shell shell, PortalAccountSummary sub, Set<Section> checked, FormErrors errors,
                             String notice) {

    public List<Section> sections() {
        return List.of(Section.values());
    }
}
