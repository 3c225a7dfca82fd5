/** The append-only, hash-chained audit trail every module writes through. */
package id.go.jabarprov.disnakertrans.platform.audit;
