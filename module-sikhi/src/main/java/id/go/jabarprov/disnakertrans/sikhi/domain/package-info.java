/** SIKHI rules and records: dispute life cycle, deadlines in hari kerja, codes, and the JPA entities of the {@code sikhi} unit. */
package id.go.jabarprov.disnakertrans.sikhi.domain;
