/** Languages: Bahasa Indonesia by default, English selectable; texts from the core's and modules' bundles. */
package id.go.jabarprov.disnakertrans.platform.i18n;
