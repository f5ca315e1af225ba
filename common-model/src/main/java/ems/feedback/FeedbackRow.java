package ems.feedback;

/** Feedback as the staff list shows it, with the consignee's name and code. */
public record FeedbackRow(Feedback feedback, String consigneeCode, String consigneeName) {
}
