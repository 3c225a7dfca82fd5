/** Documents: uploads checked by content, stored once by their SHA-256 under the data directory. */
package id.go.jabarprov.disnakertrans.platform.documents;
