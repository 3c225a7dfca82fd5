/** Cross-cutting application rules: the exception types every service throws. */
package id.go.jabarprov.disnakertrans.platform.application;
