/**
 * Premium-support inquiries: the form's request, validation and rate limit, the stored inquiry,
 * and (in {@code inquiry.mail}) their reliable delivery by email to sales and to the customer.
 */
@NullMarked
package app.capgo.supportdesk.inquiry;

import org.jspecify.annotations.NullMarked;
