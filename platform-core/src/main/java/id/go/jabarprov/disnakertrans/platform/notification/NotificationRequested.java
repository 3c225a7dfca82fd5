package id.go.jabarprov.disnakertrans.platform.notification;

/** Fired inside the transaction of a change; the e-mail goes out only if that transaction commits. */
record NotificationRequested(String email, String subject, String body) {
}
