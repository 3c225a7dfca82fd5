/** Persistence that is not the domain: the directory of cases across kab/kota. */
package id.go.jabarprov.disnakertrans.sikhi.infrastructure;
