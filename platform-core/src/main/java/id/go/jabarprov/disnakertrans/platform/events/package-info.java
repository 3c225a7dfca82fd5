/**
 * CDI events one module fires and any other module may observe, so that modules work together without
 * importing each other's classes. They carry codes and numbers, never entities.
 */
package id.go.jabarprov.disnakertrans.platform.events;
