package app.auraworkflows.web;

import app.auraworkflows.twofactor.AuditRetention;
import app.auraworkflows.twofactor.PendingExpiry;

/**
 * What the admin screen's Settings section shows: each setting's stored value, or the text an administrator submitted
 * that was refused (shown again with the field's error), and which setting was just saved.
 *
 * @param expiryInput    the refused pending-expiry text, or null
 * @param retentionInput the refused audit-retention text, or null
 * @param saved          {@value TwoFactorAdminServlet#SAVED_EXPIRY}, {@value TwoFactorAdminServlet#SAVED_RETENTION} or
 *                       null
 */
record AdminSettingsView(int expiryDays, String expiryInput, int retentionDays, String retentionInput, String saved) {
    static AdminSettingsView defaults() {
        return new AdminSettingsView(PendingExpiry.DEFAULT_DAYS, null, AuditRetention.DEFAULT_DAYS, null, null);
    }
}
