/** The assembly: the data source; everything else comes from platform-core, the theme and the module jars. */
package id.go.jabarprov.disnakertrans.portal;
