/** Notifications to a person: in the portal (the bell) and by e-mail, in their words, after the change commits. */
package id.go.jabarprov.disnakertrans.platform.notification;
