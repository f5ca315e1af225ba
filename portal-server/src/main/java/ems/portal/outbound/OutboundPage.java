package ems.portal.outbound;

import ems.outbound.OutboundDetail;
import ems.portal.web.Shell;

public record OutboundPage(Shell shell, OutboundDetail detail) {
}
