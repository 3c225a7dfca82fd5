/** Gap-free running numbers per series (a kab/kota and year), safe when several officers number at once. */
package id.go.jabarprov.disnakertrans.platform.numbering;
