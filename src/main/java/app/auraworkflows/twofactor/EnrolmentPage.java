package app.auraworkflows.twofactor;

import java.util.List;

/** A page of an admin list: the total matching rows and the rows of this page. */
public record EnrolmentPage(int total, List<EnrolmentView> users) {
}
