/** Tenancy: the kab/kota of a request, reference regions, and the central row isolation. */
package id.go.jabarprov.disnakertrans.platform.tenant;
