-- Notifications to one person each; the text is an i18n key with its arguments.
create table platform_notification (
    id          varchar(36)   primary key,
    recipient   varchar(120)  not null,
    module_id   varchar(24)   not null,
    message_key varchar(120)  not null,
    args        varchar(1000),
    link        varchar(400),
    created_at  timestamp     not null,
    read_at     timestamp
);
create index platform_notification_recipient on platform_notification (recipient, created_at);
