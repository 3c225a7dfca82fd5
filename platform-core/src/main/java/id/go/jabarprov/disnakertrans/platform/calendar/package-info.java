/** Working days (hari kerja): national holidays and cuti bersama, and deadlines counted in working days. */
package id.go.jabarprov.disnakertrans.platform.calendar;
