/** Identity: accounts, sign-in, the current user with their permissions and kab/kota. */
package id.go.jabarprov.disnakertrans.platform.identity;
