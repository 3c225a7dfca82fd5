/** The core's pages: home, sign-in, registration, dashboards, administration; request filter and menu. */
package id.go.jabarprov.disnakertrans.platform.web;
