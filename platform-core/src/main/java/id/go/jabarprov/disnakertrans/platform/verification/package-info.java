/** Documents the portal issues (PDF with a QR code) and their public verification page. */
package id.go.jabarprov.disnakertrans.platform.verification;
