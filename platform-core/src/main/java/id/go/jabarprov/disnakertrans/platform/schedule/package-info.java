/** Work by the calendar: a daily event fired once across the cluster. */
package id.go.jabarprov.disnakertrans.platform.schedule;
