package id.go.jabarprov.disnakertrans.platform.module;

/** The types a per-kab/kota module setting may have; each gets its own input and validation. */
public enum SettingType {
    TEXT, INTEGER, BOOLEAN, URL, EMAIL, CHOICE
}
