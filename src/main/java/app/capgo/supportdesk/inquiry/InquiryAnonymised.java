package app.capgo.supportdesk.inquiry;

import java.util.List;

/**
 * Inquiries whose personal data is being erased (by the retention job or on request), published in
 * the erasing transaction once they are locked: each module clears what it keeps about them in its
 * own tables (the sales module its internal notes), in the same transaction, so an erasure is
 * whole or not at all.
 */
public record InquiryAnonymised(List<Long> inquiryIds) {

    public InquiryAnonymised {
        inquiryIds = List.copyOf(inquiryIds);
    }
}
