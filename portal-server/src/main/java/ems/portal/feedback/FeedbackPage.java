package ems.portal.feedback;

import ems.feedback.Feedback;
import ems.portal.web.FormErrors;
import ems.portal.web.Shell;
import java.util.List;

public record FeedbackPage(Shell shell, String category, String message, String from, FormErrors errors,
                           String notice, List<Feedback> mine) {

    public List<Feedback.Category> categories() {
        return List.of(Feedback.Category.values());
    }
}
