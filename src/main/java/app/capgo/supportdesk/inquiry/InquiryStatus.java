package app.capgo.supportdesk.inquiry;

/** Where sales are with an inquiry. */
public enum InquiryStatus { NEW, CONTACTED, QUALIFIED, WON, LOST }
