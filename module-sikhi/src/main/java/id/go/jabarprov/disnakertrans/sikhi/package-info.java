/** SIKHI: industrial-relations consultation and online dispute settlement, a plug-in module of the portal. */
package id.go.jabarprov.disnakertrans.sikhi;
