/** Reference data: wilayah, KBJI, KBLI, education levels, holidays, shipped as migrations. */
package id.go.jabarprov.disnakertrans.platform.reference;
