// Generated from the Linode facts (spec and overlay) by `npm run shapes -w linode-facts`: do not edit.
// What Linode sends: any key may be absent or null, enums are open, integers are numbers.

export type Account = {
  active_promotions?: Array<Promotion | null> | null;
  active_since?: string | null;
  address_1?: string | null;
  address_2?: string | null;
  balance?: number | null;
  balance_uninvoiced?: number | null;
  billing_source?: 'akamai' | 'linode' | (string & {}) | null;
  capabilities?: Array<string | null> | null;
  city?: string | null;
  credit_card?: AccountCreditCard | null;
  company?: string | null;
  country?: string | null;
  email?: string | null;
  first_name?: string | null;
  last_name?: string | null;
  phone?: string | null;
  state?: string | null;
  tax_id?: string | null;
  euuid?: string | null;
  zip?: string | null;
};

export type AccountCreditCard = {
  last_four?: string | null;
  expiry?: string | null;
};

export type AccountAvailability = {
  region?: string | null;
  available?: Array<string | null> | null;
  unavailable?: Array<string | null> | null;
};

export type AccountSettings = {
  managed?: boolean | null;
  longview_subscription?: string | null;
  network_helper?: boolean | null;
  backups_enabled?: boolean | null;
  object_storage?: 'disabled' | 'suspended' | 'active' | (string & {}) | null;
  interfaces_for_new_linodes?:
    | 'legacy_config_only'
    | 'legacy_config_default_but_linode_allowed'
    | 'linode_default_but_legacy_config_allowed'
    | 'linode_only'
    | (string & {})
    | null;
  maintenance_policy?: string | null;
};

export type AuthorizedApp = {
  id?: number | null;
  label?: string | null;
  thumbnail_url?: string | null;
  scopes?: string | null;
  created?: string | null;
  expiry?: string | null;
  website?: string | null;
};

export type Backup = {
  id?: number | null;
  type?: 'auto' | 'snapshot' | (string & {}) | null;
  status?: 'paused' | 'pending' | 'running' | 'needsPostProcessing' | 'successful' | 'failed' | 'userAborted' | (string & {}) | null;
  available?: boolean | null;
  created?: string | null;
  updated?: string | null;
  finished?: string | null;
  label?: string | null;
  configs?: Array<string | null> | null;
  disks?: Array<BackupDisk | null> | null;
  region?: string | null;
};

export type BackupDisk = {
  size?: number | null;
  filesystem?: 'raw' | 'swap' | 'ext3' | 'ext4' | 'initrd' | (string & {}) | null;
  label?: string | null;
};

export type BetaProgram = {
  id?: string | null;
  label?: string | null;
  description?: string | null;
  greenlight_only?: boolean | null;
  started?: string | null;
  ended?: string | null;
  more_info?: string | null;
};

export type BetaProgramEnrolled = {
  id?: string | null;
  label?: string | null;
  description?: string | null;
  started?: string | null;
  ended?: string | null;
  enrolled?: string | null;
};

export type ChildAccount = {
  active_since?: string | null;
  address_1?: string | null;
  address_2?: string | null;
  balance?: number | null;
  balance_uninvoiced?: number | null;
  billing_source?: 'external' | 'akamai' | (string & {}) | null;
  capabilities?: Array<string | null> | null;
  city?: string | null;
  credit_card?: ChildAccountCreditCard | null;
  company?: string | null;
  country?: string | null;
  email?: string | null;
  first_name?: string | null;
  last_name?: string | null;
  phone?: string | null;
  state?: string | null;
  tax_id?: string | null;
  euuid?: string | null;
  zip?: string | null;
  active_promotions?: Array<ChildAccountActivePromotion | null> | null;
};

export type ChildAccountCreditCard = {
  last_four?: string | null;
  expiry?: string | null;
};

export type ChildAccountActivePromotion = {
  credit_monthly_cap?: string | null;
  credit_remaining?: string | null;
  description?: string | null;
  expire_dt?: string | null;
  image_url?: string | null;
  summary?: string | null;
  this_month_credit_remaining?: string | null;
  service_type?:
    | 'all'
    | 'backup'
    | 'blockstorage'
    | 'db_mysql'
    | 'ip_v4'
    | 'linode'
    | 'linode_disk'
    | 'linode_memory'
    | 'longview'
    | 'managed'
    | 'nodebalancer'
    | 'objectstorage'
    | 'transfer_tx'
    | (string & {})
    | null;
};

export type ConsumerImageShareGroup = {
  id?: number | null;
  uuid?: string | null;
  label?: string | null;
  description?: string | null;
  is_suspended?: boolean | null;
  created?: string | null;
  updated?: string | null;
};

export type CreditCard = {
  card_number?: string | null;
  expiry_month?: number | null;
  expiry_year?: number | null;
  cvv?: string | null;
};

export type CreditCardData = {
  card_type?: string | null;
  last_four?: string | null;
  expiry?: string | null;
};

export type Database = {
  id?: number | null;
  label?: string | null;
  type?: string | null;
  engine?: 'mysql' | 'postgresql' | (string & {}) | null;
  version?: string | null;
  region?: string | null;
  status?:
    | 'provisioning'
    | 'active'
    | 'suspending'
    | 'suspended'
    | 'resuming'
    | 'restoring'
    | 'failed'
    | 'degraded'
    | 'updating'
    | 'backing_up'
    | 'deleting'
    | 'deleted'
    | (string & {})
    | null;
  encrypted?: boolean | null;
  allow_list?: Array<string | null> | null;
  cluster_size?: number | null;
  hosts?: DatabaseHosts | null;
  created?: string | null;
  updated?: string | null;
  updates?: DatabaseUpdates | null;
  instance_uri?: string | null;
  platform?: 'rdbms-legacy' | 'rdbms-default' | (string & {}) | null;
  members?: Record<string, unknown> | null;
  fork?: DatabaseFork | null;
  oldest_restore_time?: string | null;
  private_network?: DatabasePrivateNetwork | null;
  used_disk_size_gb?: number | null;
  total_disk_size_gb?: number | null;
  port?: number | null;
  ssl_connection?: boolean | null;
  engine_config?: Record<string, unknown> | null;
};

export type DatabaseHosts = {
  primary?: string | null;
  secondary?: string | null;
  standby?: string | null;
};

export type DatabaseUpdates = {
  frequency?: 'weekly' | 'monthly' | (string & {}) | null;
  duration?: number | null;
  hour_of_day?: number | null;
  day_of_week?: number | null;
  week_of_month?: number | null;
  pending?: Array<DatabaseUpdatesPending | null> | null;
};

export type DatabaseUpdatesPending = {
  deadline?: string | null;
  description?: string | null;
  planned_for?: string | null;
};

export type DatabaseFork = {
  source?: number | null;
  restore_time?: string | null;
};

export type DatabasePrivateNetwork = {
  vpc_id?: number | null;
  subnet_id?: number | null;
  public_access?: boolean | null;
};

export type DatabaseBackup = {
  id?: number | null;
  type?: 'snapshot' | 'auto' | (string & {}) | null;
  label?: string | null;
  created?: string | null;
};

export type DatabaseBackupSnapshot = {
  label?: string | null;
  target?: 'primary' | 'secondary' | (string & {}) | null;
};

export type DatabaseCredentials = {
  username?: string | null;
  password?: string | null;
};

export type DatabaseEngine = {
  id?: string | null;
  engine?: string | null;
  version?: string | null;
  total_disk_size_gb?: number | null;
  used_disk_size_gb?: number | null;
};

export type DatabaseMySQL = {
  id?: number | null;
  label?: string | null;
  type?: string | null;
  engine?: string | null;
  version?: string | null;
  region?: string | null;
  status?:
    | 'provisioning'
    | 'active'
    | 'suspending'
    | 'suspended'
    | 'resuming'
    | 'restoring'
    | 'failed'
    | 'degraded'
    | 'updating'
    | 'backing_up'
    | 'deleting'
    | 'deleted'
    | (string & {})
    | null;
  encrypted?: boolean | null;
  allow_list?: Array<string | null> | null;
  cluster_size?: number | null;
  hosts?: DatabaseMySQLHosts | null;
  ssl_connection?: boolean | null;
  replication_type?: 'none' | 'asynch' | 'semi_synch' | (string & {}) | null;
  port?: number | null;
  created?: string | null;
  updated?: string | null;
  updates?: DatabaseMySQLUpdates | null;
  total_disk_size_gb?: number | null;
  used_disk_size_gb?: number | null;
  platform?: 'rdbms-legacy' | 'rdbms-default' | (string & {}) | null;
  members?: Record<string, unknown> | null;
  fork?: DatabaseMySQLFork | null;
  oldest_restore_time?: string | null;
  private_network?: DatabaseMySQLPrivateNetwork | null;
  engine_config?: DatabaseMySQLEngineConfig | null;
};

export type DatabaseMySQLHosts = {
  primary?: string | null;
  secondary?: string | null;
  standby?: string | null;
};

export type DatabaseMySQLUpdates = {
  frequency?: 'weekly' | 'monthly' | (string & {}) | null;
  duration?: number | null;
  hour_of_day?: number | null;
  day_of_week?: number | null;
  week_of_month?: number | null;
  pending?: Array<DatabaseMySQLUpdatesPending | null> | null;
};

export type DatabaseMySQLUpdatesPending = {
  deadline?: string | null;
  description?: string | null;
  planned_for?: string | null;
};

export type DatabaseMySQLFork = {
  source?: number | null;
  restore_time?: string | null;
};

export type DatabaseMySQLPrivateNetwork = {
  vpc_id?: number | null;
  subnet_id?: number | null;
  public_access?: boolean | null;
};

export type DatabaseMySQLEngineConfig = {
  mysql?: DatabaseMySQLEngineConfigMysql | null;
  binlog_retention_period?: number | null;
};

export type DatabaseMySQLEngineConfigMysql = {
  connect_timeout?: number | null;
  default_time_zone?: string | null;
  group_concat_max_len?: number | null;
  information_schema_stats_expiry?: number | null;
  innodb_change_buffer_max_size?: number | null;
  innodb_flush_neighbors?: number | null;
  innodb_ft_min_token_size?: number | null;
  innodb_ft_server_stopword_table?: string | null;
  innodb_lock_wait_timeout?: number | null;
  innodb_log_buffer_size?: number | null;
  innodb_online_alter_log_max_size?: number | null;
  innodb_read_io_threads?: number | null;
  innodb_rollback_on_timeout?: boolean | null;
  innodb_thread_concurrency?: number | null;
  innodb_write_io_threads?: number | null;
  interactive_timeout?: number | null;
  internal_tmp_mem_storage_engine?: string | null;
  max_allowed_packet?: number | null;
  max_heap_table_size?: number | null;
  net_buffer_length?: number | null;
  net_read_timeout?: number | null;
  net_write_timeout?: number | null;
  sort_buffer_size?: number | null;
  sql_mode?: string | null;
  sql_require_primary_key?: boolean | null;
  tmp_table_size?: number | null;
  wait_timeout?: number | null;
};

export type DatabaseMySQLRequest = {
  label?: string | null;
  type?: string | null;
  engine?: string | null;
  region?: string | null;
  encrypted?: boolean | null;
  allow_list?: Array<string | null> | null;
  cluster_size?: number | null;
  ssl_connection?: boolean | null;
  replication_type?: 'none' | 'asynch' | 'semi_synch' | (string & {}) | null;
};

export type DatabasePostgreSQL = {
  id?: number | null;
  label?: string | null;
  type?: string | null;
  engine?: string | null;
  version?: string | null;
  region?: string | null;
  status?:
    | 'provisioning'
    | 'active'
    | 'suspending'
    | 'suspended'
    | 'resuming'
    | 'restoring'
    | 'failed'
    | 'degraded'
    | 'updating'
    | 'backing_up'
    | 'deleting'
    | 'deleted'
    | (string & {})
    | null;
  encrypted?: boolean | null;
  allow_list?: Array<string | null> | null;
  cluster_size?: number | null;
  hosts?: DatabasePostgreSQLHosts | null;
  ssl_connection?: boolean | null;
  replication_type?: 'none' | 'asynch' | (string & {}) | null;
  replication_commit_type?: 'on' | 'local' | 'remote_write' | 'remote_apply' | 'off' | (string & {}) | null;
  port?: number | null;
  created?: string | null;
  updated?: string | null;
  updates?: DatabasePostgreSQLUpdates | null;
  total_disk_size_gb?: number | null;
  used_disk_size_gb?: number | null;
  platform?: 'rdbms-legacy' | 'rdbms-default' | (string & {}) | null;
  members?: Record<string, unknown> | null;
  fork?: DatabasePostgreSQLFork | null;
  oldest_restore_time?: string | null;
  private_network?: DatabasePostgreSQLPrivateNetwork | null;
  engine_config?: DatabasePostgreSQLEngineConfig | null;
};

export type DatabasePostgreSQLHosts = {
  primary?: string | null;
  secondary?: string | null;
  standby?: string | null;
};

export type DatabasePostgreSQLUpdates = {
  frequency?: 'weekly' | 'monthly' | (string & {}) | null;
  duration?: number | null;
  hour_of_day?: number | null;
  day_of_week?: number | null;
  week_of_month?: number | null;
  pending?: Array<DatabasePostgreSQLUpdatesPending | null> | null;
};

export type DatabasePostgreSQLUpdatesPending = {
  deadline?: string | null;
  description?: string | null;
  planned_for?: string | null;
};

export type DatabasePostgreSQLFork = {
  source?: number | null;
  restore_time?: string | null;
};

export type DatabasePostgreSQLPrivateNetwork = {
  vpc_id?: number | null;
  subnet_id?: number | null;
  public_access?: boolean | null;
};

export type DatabasePostgreSQLEngineConfig = {
  pg?: DatabasePostgreSQLEngineConfigPg | null;
  pg_stat_monitor_enable?: boolean | null;
  pglookout?: DatabasePostgreSQLEngineConfigPglookout | null;
  shared_buffers_percentage?: number | null;
  work_mem?: number | null;
};

export type DatabasePostgreSQLEngineConfigPg = {
  autovacuum_analyze_scale_factor?: number | null;
  autovacuum_analyze_threshold?: number | null;
  autovacuum_max_workers?: number | null;
  autovacuum_naptime?: number | null;
  autovacuum_vacuum_cost_delay?: number | null;
  autovacuum_vacuum_cost_limit?: number | null;
  autovacuum_vacuum_scale_factor?: number | null;
  autovacuum_vacuum_threshold?: number | null;
  bgwriter_delay?: number | null;
  bgwriter_flush_after?: number | null;
  bgwriter_lru_maxpages?: number | null;
  bgwriter_lru_multiplier?: number | null;
  deadlock_timeout?: number | null;
  default_toast_compression?: string | null;
  idle_in_transaction_session_timeout?: number | null;
  jit?: boolean | null;
  max_files_per_process?: number | null;
  max_locks_per_transaction?: number | null;
  max_logical_replication_workers?: number | null;
  max_parallel_workers?: number | null;
  max_parallel_workers_per_gather?: number | null;
  max_pred_locks_per_transaction?: number | null;
  max_replication_slots?: number | null;
  max_slot_wal_keep_size?: number | null;
  max_stack_depth?: number | null;
  max_standby_archive_delay?: number | null;
  max_standby_streaming_delay?: number | null;
  max_wal_senders?: number | null;
  max_worker_processes?: number | null;
  password_encryption?: string | null;
  'pg_partman_bgw.interval'?: number | null;
  'pg_partman_bgw.role'?: string | null;
  'pg_stat_monitor.pgsm_enable_query_plan'?: boolean | null;
  'pg_stat_monitor.pgsm_max_buckets'?: number | null;
  'pg_stat_statements.track'?: string | null;
  temp_file_limit?: number | null;
  timezone?: string | null;
  track_activity_query_size?: number | null;
  track_commit_timestamp?: string | null;
  track_functions?: string | null;
  track_io_timing?: string | null;
  wal_sender_timeout?: number | null;
  wal_writer_delay?: number | null;
  io_combine_limit?: number | null;
  io_max_combine_limit?: number | null;
  io_max_concurrency?: number | null;
  io_method?: string | null;
  io_workers?: number | null;
};

export type DatabasePostgreSQLEngineConfigPglookout = {
  max_failover_replication_time_lag?: number | null;
};

export type DatabasePostgreSQLRequest = {
  label?: string | null;
  type?: string | null;
  engine?: string | null;
  region?: string | null;
  encrypted?: boolean | null;
  allow_list?: Array<string | null> | null;
  cluster_size?: number | null;
  ssl_connection?: boolean | null;
  replication_type?: 'none' | 'asynch' | (string & {}) | null;
  replication_commit_type?: 'on' | 'local' | 'remote_write' | 'remote_apply' | 'off' | (string & {}) | null;
};

export type DatabaseSSL = {
  ca_certificate?: string | null;
};

export type DatabaseType = {
  id?: string | null;
  label?: string | null;
  engines?: DatabaseTypeEngines | null;
  memory?: number | null;
  disk?: number | null;
  vcpus?: number | null;
  deprecated?: boolean | null;
  class?: string | null;
};

export type DatabaseTypeEngines = {
  mysql?: Array<DatabaseTypeEngine | null> | null;
  postgresql?: Array<DatabaseTypeEngine | null> | null;
};

export type DatabaseTypeEngine = {
  quantity?: number | null;
  price?: DatabaseTypeEnginePrice | null;
};

export type DatabaseTypeEnginePrice = {
  hourly?: number | null;
  monthly?: number | null;
};

export type Device = {
  disk_id?: number | null;
  volume_id?: number | null;
};

export type Devices = {
  sda?: Device | null;
  sdb?: Device | null;
  sdc?: Device | null;
  sdd?: Device | null;
  sde?: Device | null;
  sdf?: Device | null;
  sdg?: Device | null;
  sdh?: Device | null;
};

export type Disk = {
  id?: number | null;
  label?: string | null;
  status?: 'ready' | 'not ready' | 'deleting' | (string & {}) | null;
  size?: number | null;
  filesystem?: 'raw' | 'swap' | 'ext3' | 'ext4' | 'initrd' | (string & {}) | null;
  created?: string | null;
  updated?: string | null;
  disk_encryption?: 'enabled' | 'disabled' | (string & {}) | null;
};

export type DiskRequest = {
  size?: number | null;
  label?: string | null;
  filesystem?: 'raw' | 'swap' | 'ext3' | 'ext4' | 'initrd' | (string & {}) | null;
  image?: string | null;
  stackscript_id?: number | null;
  stackscript_data?: Record<string, unknown> | null;
};

export type Domain = {
  id?: number | null;
  type?: 'master' | 'slave' | (string & {}) | null;
  domain?: string | null;
  group?: string | null;
  status?: 'disabled' | 'active' | 'edit_mode' | 'has_errors' | (string & {}) | null;
  description?: string | null;
  soa_email?: string | null;
  retry_sec?: number | null;
  master_ips?: Array<string | null> | null;
  axfr_ips?: Array<string | null> | null;
  expire_sec?: number | null;
  refresh_sec?: number | null;
  ttl_sec?: number | null;
  tags?: Array<string | null> | null;
  created?: string | null;
  updated?: string | null;
  errors?: string | null;
};

export type DomainRecord = {
  id?: number | null;
  type?: 'A' | 'AAAA' | 'NS' | 'MX' | 'CNAME' | 'TXT' | 'SRV' | 'PTR' | 'CAA' | (string & {}) | null;
  name?: string | null;
  target?: string | null;
  priority?: number | null;
  weight?: number | null;
  port?: number | null;
  service?: string | null;
  protocol?: string | null;
  ttl_sec?: number | null;
  tag?: 'issue' | 'issuewild' | 'iodef' | (string & {}) | null;
  created?: string | null;
  updated?: string | null;
};

export type EntityTransfer = {
  token?: string | null;
  status?: 'accepted' | 'canceled' | 'completed' | 'failed' | 'pending' | 'stale' | (string & {}) | null;
  created?: string | null;
  updated?: string | null;
  is_sender?: boolean | null;
  expiry?: string | null;
  entities?: EntityTransferEntities | null;
};

export type EntityTransferEntities = {
  linodes?: Array<number | null> | null;
};

export type ErrorObject = {
  reason?: string | null;
  field?: string | null;
};

export type Event = {
  id?: number | null;
  action?:
    | 'account_update'
    | 'account_settings_update'
    | 'backups_enable'
    | 'backups_cancel'
    | 'backups_restore'
    | 'community_question_reply'
    | 'community_like'
    | 'credit_card_updated'
    | 'disk_create'
    | 'disk_delete'
    | 'disk_update'
    | 'disk_duplicate'
    | 'disk_imagize'
    | 'disk_resize'
    | 'dns_record_create'
    | 'dns_record_delete'
    | 'dns_record_update'
    | 'dns_zone_create'
    | 'dns_zone_delete'
    | 'dns_zone_import'
    | 'dns_zone_update'
    | 'entity_transfer_accept'
    | 'entity_transfer_cancel'
    | 'entity_transfer_create'
    | 'entity_transfer_fail'
    | 'entity_transfer_stale'
    | 'firewall_create'
    | 'firewall_delete'
    | 'firewall_disable'
    | 'firewall_enable'
    | 'firewall_update'
    | 'firewall_device_add'
    | 'firewall_device_remove'
    | 'host_reboot'
    | 'image_delete'
    | 'image_update'
    | 'image_upload'
    | 'ipaddress_update'
    | 'lassie_reboot'
    | 'lish_boot'
    | 'linode_addip'
    | 'linode_boot'
    | 'linode_clone'
    | 'linode_create'
    | 'linode_delete'
    | 'linode_update'
    | 'linode_deleteip'
    | 'linode_migrate'
    | 'linode_migrate_datacenter'
    | 'linode_migrate_datacenter_create'
    | 'linode_mutate'
    | 'linode_mutate_create'
    | 'linode_reboot'
    | 'linode_rebuild'
    | 'linode_resize'
    | 'linode_resize_create'
    | 'linode_shutdown'
    | 'linode_snapshot'
    | 'linode_config_create'
    | 'linode_config_delete'
    | 'linode_config_update'
    | 'lke_node_create'
    | 'longviewclient_create'
    | 'longviewclient_delete'
    | 'longviewclient_update'
    | 'managed_disabled'
    | 'managed_enabled'
    | 'managed_service_create'
    | 'managed_service_delete'
    | 'nodebalancer_create'
    | 'nodebalancer_delete'
    | 'nodebalancer_update'
    | 'nodebalancer_config_create'
    | 'nodebalancer_config_delete'
    | 'nodebalancer_config_update'
    | 'nodebalancer_node_create'
    | 'nodebalancer_node_delete'
    | 'nodebalancer_node_update'
    | 'oauth_client_create'
    | 'oauth_client_delete'
    | 'oauth_client_secret_reset'
    | 'oauth_client_update'
    | 'obj_access_key_create'
    | 'obj_access_key_delete'
    | 'obj_access_key_update'
    | 'password_reset'
    | 'payment_method_add'
    | 'payment_submitted'
    | 'profile_update'
    | 'stackscript_create'
    | 'stackscript_delete'
    | 'stackscript_update'
    | 'stackscript_publicize'
    | 'stackscript_revise'
    | 'subnet_create'
    | 'subnet_delete'
    | 'subnet_update'
    | 'tag_create'
    | 'tag_delete'
    | 'tfa_disabled'
    | 'tfa_enabled'
    | 'ticket_attachment_upload'
    | 'ticket_create'
    | 'ticket_update'
    | 'token_create'
    | 'token_delete'
    | 'token_update'
    | 'user_create'
    | 'user_update'
    | 'user_delete'
    | 'user_ssh_key_add'
    | 'user_ssh_key_delete'
    | 'user_ssh_key_update'
    | 'vlan_attach'
    | 'vlan_detach'
    | 'volume_attach'
    | 'volume_clone'
    | 'volume_create'
    | 'volume_delete'
    | 'volume_update'
    | 'volume_detach'
    | 'volume_resize'
    | 'vpc_create'
    | 'vpc_delete'
    | 'vpc_update'
    | 'database_create'
    | 'database_degraded'
    | 'database_delete'
    | 'database_failed'
    | 'database_update'
    | 'database_resize'
    | 'database_create_failed'
    | 'database_update_failed'
    | 'database_backup_create'
    | 'database_backup_restore'
    | 'database_credentials_reset'
    | 'firewall_ruleset_create'
    | 'firewall_ruleset_update'
    | 'firewall_ruleset_delete'
    | 'firewall_ruleset_firewall_update'
    | 'linode_poweroff_on'
    | 'lke_control_plane_acl_create'
    | 'lke_control_plane_acl_update'
    | 'lke_control_plane_acl_delete'
    | 'nodebalancer_firewall_modification_success'
    | 'nodebalancer_firewall_modification_failed'
    | 'placement_group_create'
    | 'placement_group_update'
    | 'placement_group_delete'
    | 'placement_group_assign'
    | 'placement_group_unassign'
    | 'placement_group_became_non_compliant'
    | 'placement_group_became_compliant'
    | 'tax_id_invalid'
    | (string & {})
    | null;
  created?: string | null;
  duration?: number | null;
  entity?: EventEntity | null;
  secondary_entity?: EventSecondaryEntity | null;
  percent_complete?: number | null;
  rate?: string | null;
  read?: boolean | null;
  seen?: boolean | null;
  status?: 'failed' | 'finished' | 'notification' | 'scheduled' | 'started' | 'canceled' | (string & {}) | null;
  time_remaining?: string | null;
  username?: string | null;
  message?: string | null;
  maintenance_policy_set?: string | null;
  description?: string | null;
  source?: string | null;
  not_before?: string | null;
  start_time?: string | null;
  complete_time?: string | null;
  details?: Record<string, unknown> | null;
};

export type EventEntity = {
  id?: number | null;
  label?: string | null;
  type?:
    | 'account'
    | 'backups'
    | 'community'
    | 'disks'
    | 'domain'
    | 'entity_transfer'
    | 'firewall'
    | 'image'
    | 'ipaddress'
    | 'linode'
    | 'longview'
    | 'managed_service'
    | 'nodebalancer'
    | 'oauth_client'
    | 'profile'
    | 'stackscript'
    | 'tag'
    | 'ticket'
    | 'token'
    | 'user'
    | 'user_ssh_key'
    | 'volume'
    | 'database'
    | 'disk'
    | 'lkecluster'
    | 'lkenodepool'
    | 'placement_group'
    | 'vpc'
    | 'subnet'
    | (string & {})
    | null;
  url?: string | null;
  status?: string | null;
};

export type EventSecondaryEntity = {
  id?: string | null;
  label?: string | null;
  type?: string | null;
  url?: string | null;
  status?: string | null;
};

export type Firewall = {
  id?: number | null;
  label?: string | null;
  created?: string | null;
  updated?: string | null;
  status?: 'enabled' | 'disabled' | 'deleted' | (string & {}) | null;
  rules?: FirewallRules | null;
  tags?: Array<string | null> | null;
  entities?: Array<FirewallEntity | null> | null;
};

export type FirewallRules = {
  inbound?: Array<FirewallRuleConfig | null> | null;
  outbound?: Array<FirewallRuleConfig | null> | null;
  inbound_policy?: 'ACCEPT' | 'DROP' | (string & {}) | null;
  outbound_policy?: 'ACCEPT' | 'DROP' | (string & {}) | null;
  version?: number | null;
  fingerprint?: string | null;
};

export type FirewallEntity = {
  id?: number | null;
  type?: 'linode' | 'nodebalancer' | 'linode_interface' | (string & {}) | null;
  label?: string | null;
  url?: string | null;
  parent_entity?: FirewallEntityParentEntity | null;
};

export type FirewallEntityParentEntity = {
  id?: number | null;
  type?: string | null;
  label?: string | null;
  url?: string | null;
  parent_entity?: Record<string, unknown> | null;
};

export type FirewallDevices = {
  id?: number | null;
  created?: string | null;
  updated?: string | null;
  entity?: FirewallDevicesEntity | null;
};

export type FirewallDevicesEntity = {
  id?: number | null;
  type?: 'linode' | 'nodebalancer' | 'linode_interface' | (string & {}) | null;
  label?: string | null;
  url?: string | null;
  parent_entity?: FirewallDevicesEntityParentEntity | null;
};

export type FirewallDevicesEntityParentEntity = {
  id?: number | null;
  type?: string | null;
  label?: string | null;
  url?: string | null;
  parent_entity?: Record<string, unknown> | null;
};

export type FirewallRuleConfig = {
  protocol?: 'TCP' | 'UDP' | 'ICMP' | 'IPENCAP' | 'ALL' | (string & {}) | null;
  ports?: string | null;
  addresses?: FirewallRuleConfigAddresses | null;
  action?: 'ACCEPT' | 'DROP' | (string & {}) | null;
  label?: string | null;
  description?: string | null;
  ruleset?: number | null;
};

export type FirewallRuleConfigAddresses = {
  ipv4?: Array<string | null> | null;
  ipv6?: Array<string | null> | null;
};

export type GooglePayData = {
  card_type?: string | null;
  last_four?: string | null;
  expiry?: string | null;
};

export type Grant = {
  id?: number | null;
  permissions?: 'read_only' | 'read_write' | (string & {}) | null;
  label?: string | null;
};

export type GrantsResponse = {
  global?: GrantsResponseGlobal | null;
  linode?: Array<Grant | null> | null;
  database?: Array<Grant | null> | null;
  domain?: Array<Grant | null> | null;
  nodebalancer?: Array<Grant | null> | null;
  image?: Array<Grant | null> | null;
  longview?: Array<Grant | null> | null;
  stackscript?: Array<Grant | null> | null;
  volume?: Array<Grant | null> | null;
  vpc?: Array<Grant | null> | null;
  firewall?: Array<GrantsResponseFirewall | null> | null;
  placement_group?: Array<GrantsResponsePlacementGroup | null> | null;
};

export type GrantsResponseGlobal = {
  add_linodes?: boolean | null;
  add_longview?: boolean | null;
  longview_subscription?: boolean | null;
  account_access?: 'read_only' | 'read_write' | (string & {}) | null;
  cancel_account?: boolean | null;
  add_domains?: boolean | null;
  add_stackscripts?: boolean | null;
  add_nodebalancers?: boolean | null;
  add_images?: boolean | null;
  add_volumes?: boolean | null;
  add_firewalls?: boolean | null;
  add_databases?: boolean | null;
  add_vpcs?: boolean | null;
  child_account_access?: boolean | null;
};

export type GrantsResponseFirewall = {
  id?: number | null;
  label?: string | null;
  permissions?: 'read_only' | 'read_write' | (string & {}) | null;
};

export type GrantsResponsePlacementGroup = {
  id?: number | null;
  label?: string | null;
  permissions?: 'read_only' | 'read_write' | (string & {}) | null;
};

export type Image = {
  id?: string | null;
  label?: string | null;
  created?: string | null;
  updated?: string | null;
  created_by?: string | null;
  deprecated?: boolean | null;
  description?: string | null;
  is_public?: boolean | null;
  size?: number | null;
  type?: 'manual' | 'automatic' | (string & {}) | null;
  expiry?: string | null;
  eol?: string | null;
  vendor?: string | null;
  status?: 'creating' | 'pending_upload' | 'available' | (string & {}) | null;
  capabilities?: Array<string | null> | null;
  total_size?: number | null;
  is_shared?: boolean | null;
  regions?: Array<ImageRegion | null> | null;
  tags?: Array<string | null> | null;
  image_sharing?: ImageImageSharing | null;
};

export type ImageRegion = {
  region?: string | null;
  status?: 'available' | 'creating' | 'pending' | 'pending replication' | 'pending deletion' | 'replicating' | (string & {}) | null;
};

export type ImageImageSharing = {
  shared_with?: ImageImageSharingSharedWith | null;
  shared_by?: ImageImageSharingSharedBy | null;
};

export type ImageImageSharingSharedWith = {
  sharegroup_count?: number | null;
  sharegroup_list_url?: string | null;
};

export type ImageImageSharingSharedBy = {
  sharegroup_id?: number | null;
  sharegroup_uuid?: string | null;
  sharegroup_label?: string | null;
  source_image_id?: string | null;
};

export type ImageShareEntry = {
  id?: string | null;
  created_by?: string | null;
  capabilities?: Array<string | null> | null;
  label?: string | null;
  description?: string | null;
  type?: string | null;
  vendor?: string | null;
  status?: 'creating' | 'pending_upload' | 'available' | (string & {}) | null;
  size?: number | null;
  total_size?: number | null;
  is_public?: boolean | null;
  is_shared?: boolean | null;
  deprecated?: boolean | null;
  regions?: Array<ImageShareEntryRegion | null> | null;
  tags?: Array<string | null> | null;
  updated?: string | null;
  created?: string | null;
  expiry?: string | null;
  eol?: string | null;
  image_sharing?: ImageShareEntryImageSharing | null;
};

export type ImageShareEntryRegion = {
  region?: string | null;
  status?: 'available' | 'creating' | 'pending' | 'pending replication' | 'pending deletion' | 'replicating' | (string & {}) | null;
};

export type ImageShareEntryImageSharing = {
  shared_with?: ImageShareEntryImageSharingSharedWith | null;
  shared_by?: ImageShareEntryImageSharingSharedBy | null;
};

export type ImageShareEntryImageSharingSharedWith = {
  sharegroup_count?: number | null;
  sharegroup_list_url?: string | null;
};

export type ImageShareEntryImageSharingSharedBy = {
  sharegroup_id?: number | null;
  sharegroup_uuid?: string | null;
  sharegroup_label?: string | null;
  source_image_id?: string | null;
};

export type ImageShareGroup = {
  id?: number | null;
  uuid?: string | null;
  label?: string | null;
  description?: string | null;
  is_suspended?: boolean | null;
  images_count?: number | null;
  members_count?: number | null;
  created?: string | null;
  updated?: string | null;
  expiry?: string | null;
};

export type ImageShareGroupMember = {
  token_uuid?: string | null;
  status?: string | null;
  label?: string | null;
  created?: string | null;
  updated?: string | null;
  expiry?: string | null;
};

export type ImageShareGroupToken = {
  token_uuid?: string | null;
  status?: string | null;
  label?: string | null;
  valid_for_sharegroup_uuid?: string | null;
  created?: string | null;
  updated?: string | null;
  expiry?: string | null;
  sharegroup_uuid?: string | null;
  sharegroup_label?: string | null;
};

export type ImageShareGroupTokenCreated = {
  token?: string | null;
  token_uuid?: string | null;
  status?: string | null;
  label?: string | null;
  valid_for_sharegroup_uuid?: string | null;
  created?: string | null;
  updated?: string | null;
  expiry?: string | null;
  sharegroup_uuid?: string | null;
  sharegroup_label?: string | null;
};

export type Invoice = {
  id?: number | null;
  date?: string | null;
  label?: string | null;
  subtotal?: number | null;
  tax?: number | null;
  tax_summary?: Array<InvoiceTaxSummary | null> | null;
  total?: number | null;
  billing_source?: 'akamai' | 'linode' | (string & {}) | null;
};

export type InvoiceTaxSummary = {
  tax?: number | null;
  name?: string | null;
};

export type InvoiceItem = {
  amount?: number | null;
  tax?: number | null;
  total?: number | null;
  from?: string | null;
  label?: string | null;
  quantity?: number | null;
  to?: string | null;
  type?: 'hourly' | 'misc' | (string & {}) | null;
  unit_price?: string | null;
  region?: string | null;
};

export type IPAddress = {
  address?: string | null;
  gateway?: string | null;
  subnet_mask?: string | null;
  prefix?: number | null;
  type?: 'ipv4' | 'ipv6' | 'ipv6/pool' | 'ipv6/range' | (string & {}) | null;
  public?: boolean | null;
  rdns?: string | null;
  linode_id?: number | null;
  region?: string | null;
  vpc_nat_1_1?: IPAddressVpcNat11 | null;
  interface_id?: number | null;
  reserved?: boolean | null;
  tags?: Array<string | null> | null;
  assigned_entity?: IPAddressAssignedEntity | null;
};

export type IPAddressVpcNat11 = {
  vpc_id?: number | null;
  subnet_id?: number | null;
  address?: string | null;
};

export type IPAddressAssignedEntity = {
  id?: number | null;
  label?: string | null;
  type?: string | null;
  url?: string | null;
};

export type IPAddressesAssignRequest = {
  region?: string | null;
  assignments?: Array<IPAddressesAssignRequestAssignment | null> | null;
};

export type IPAddressesAssignRequestAssignment = {
  address?: string | null;
  linode_id?: number | null;
};

export type IPAddressesListResponse = {
  pages?: number | null;
  page?: number | null;
  results?: number | null;
  data?: Array<IPAddressesListResponseData | null> | null;
};

export type IPAddressesListResponseData = {
  address?: string | null;
  gateway?: string | null;
  subnet_mask?: string | null;
  prefix?: number | null;
  type?: 'ipv4' | 'ipv6' | 'ipv6/pool' | 'ipv6/range' | (string & {}) | null;
  public?: boolean | null;
  rdns?: string | null;
  linode_id?: number | null;
  region?: string | null;
  vpc_nat_1_1?: IPAddressesListResponseDataVpcNat11 | null;
};

export type IPAddressesListResponseDataVpcNat11 = {
  vpc_id?: number | null;
  subnet_id?: number | null;
  address?: string | null;
};

export type IPAddressesShareRequest = {
  linode_id?: number | null;
  ips?: Array<string | null> | null;
};

export type IPAddressesVPC = {
  active?: boolean | null;
  address?: string | null;
  address_range?: string | null;
  config_id?: number | null;
  gateway?: string | null;
  interface_id?: number | null;
  linode_id?: number | null;
  nat_1_1?: string | null;
  prefix?: number | null;
  region?: string | null;
  subnet_id?: number | null;
  subnet_mask?: string | null;
  vpc_id?: number | null;
  nodebalancer_id?: number | null;
  database_id?: number | null;
  ipv6_range?: string | null;
  ipv6_is_public?: boolean | null;
  ipv6_addresses?: Array<IPAddressesVPCIpv6Address | null> | null;
};

export type IPAddressesVPCIpv6Address = {
  slaac_address?: string | null;
};

export type IPAddressPrivate = {
  address?: string | null;
  gateway?: string | null;
  subnet_mask?: string | null;
  prefix?: number | null;
  type?: string | null;
  public?: boolean | null;
  rdns?: string | null;
  linode_id?: number | null;
  region?: string | null;
  interface_id?: number | null;
  reserved?: boolean | null;
  assigned_entity?: IPAddressPrivateAssignedEntity | null;
  vpc_nat_1_1?: IPAddressPrivateVpcNat11 | null;
};

export type IPAddressPrivateAssignedEntity = {
  id?: number | null;
  label?: string | null;
  type?: string | null;
  url?: string | null;
};

export type IPAddressPrivateVpcNat11 = {
  address?: string | null;
  subnet_id?: number | null;
  vpc_id?: number | null;
};

export type IPAddressV6LinkLocal = {
  address?: string | null;
  gateway?: string | null;
  subnet_mask?: string | null;
  prefix?: number | null;
  type?: string | null;
  public?: boolean | null;
  rdns?: string | null;
  linode_id?: number | null;
  region?: string | null;
};

export type IPAddressV6Slaac = {
  address?: string | null;
  gateway?: string | null;
  subnet_mask?: string | null;
  prefix?: number | null;
  type?: string | null;
  public?: boolean | null;
  rdns?: string | null;
  linode_id?: number | null;
  region?: string | null;
};

export type IPv6Pool = {
  range?: string | null;
  prefix?: number | null;
  region?: string | null;
  route_target?: string | null;
  is_bgp?: boolean | null;
  linodes?: Array<number | null> | null;
};

export type IPv6Range = {
  range?: string | null;
  prefix?: number | null;
  region?: string | null;
  route_target?: string | null;
  is_bgp?: boolean | null;
  linodes?: Array<number | null> | null;
};

export type IPv6RangeBGP = {
  range?: string | null;
  prefix?: number | null;
  region?: string | null;
  is_bgp?: boolean | null;
  linodes?: Array<number | null> | null;
  route_target?: string | null;
};

export type Kernel = {
  id?: string | null;
  label?: string | null;
  version?: string | null;
  kvm?: boolean | null;
  architecture?: 'x86_64' | 'i386' | (string & {}) | null;
  pvops?: boolean | null;
  deprecated?: boolean | null;
  built?: string | null;
};

export type Linode = {
  label?: string | null;
  region?: string | null;
  image?: string | null;
  type?: string | null;
  group?: string | null;
  tags?: Array<string | null> | null;
  id?: number | null;
  status?:
    | 'running'
    | 'offline'
    | 'booting'
    | 'rebooting'
    | 'shutting_down'
    | 'provisioning'
    | 'deleting'
    | 'migrating'
    | 'rebuilding'
    | 'cloning'
    | 'restoring'
    | 'stopped'
    | 'billing_suspension'
    | 'resizing'
    | (string & {})
    | null;
  hypervisor?: 'kvm' | (string & {}) | null;
  created?: string | null;
  updated?: string | null;
  ipv4?: Array<string | null> | null;
  ipv6?: string | null;
  specs?: LinodeSpecs | null;
  alerts?: LinodeAlerts | null;
  backups?: LinodeBackups | null;
  watchdog_enabled?: boolean | null;
  host_uuid?: string | null;
  has_user_data?: boolean | null;
  placement_group?: LinodePlacementGroup | null;
  disk_encryption?: 'enabled' | 'disabled' | (string & {}) | null;
  lke_cluster_id?: number | null;
  capabilities?: Array<string | null> | null;
  interface_generation?: 'legacy_config' | 'linode' | (string & {}) | null;
  maintenance_policy?: string | null;
  locks?: Array<'cannot_delete' | 'cannot_delete_with_subresources' | (string & {}) | null> | null;
  site_type?: string | null;
};

export type LinodeSpecs = {
  disk?: number | null;
  memory?: number | null;
  vcpus?: number | null;
  gpus?: number | null;
  transfer?: number | null;
  accelerated_devices?: number | null;
};

export type LinodeAlerts = {
  cpu?: number | null;
  network_in?: number | null;
  network_out?: number | null;
  transfer_quota?: number | null;
  io?: number | null;
  system_alerts?: Array<unknown> | null;
  user_alerts?: Array<unknown> | null;
};

export type LinodeBackups = {
  enabled?: boolean | null;
  available?: boolean | null;
  schedule?: LinodeBackupsSchedule | null;
  last_successful?: string | null;
};

export type LinodeBackupsSchedule = {
  day?: 'Scheduling' | 'Sunday' | 'Monday' | 'Tuesday' | 'Wednesday' | 'Thursday' | 'Friday' | 'Saturday' | (string & {}) | null;
  window?: 'Scheduling' | 'W0' | 'W2' | 'W4' | 'W6' | 'W8' | 'W10' | 'W12' | 'W14' | 'W16' | 'W18' | 'W20' | 'W22' | (string & {}) | null;
};

export type LinodePlacementGroup = {
  id?: number | null;
  label?: string | null;
  placement_group_type?: 'anti_affinity:local' | (string & {}) | null;
  placement_group_policy?: 'strict' | 'flexible' | (string & {}) | null;
  migrating_to?: number | null;
};

export type LinodeBackupsResponse = {
  automatic?: Array<LinodeBackupsResponseAutomatic | null> | null;
  snapshot?: LinodeBackupsResponseSnapshot | null;
};

export type LinodeBackupsResponseAutomatic = {
  id?: number | null;
  type?: string | null;
  status?: 'paused' | 'pending' | 'running' | 'needsPostProcessing' | 'successful' | 'failed' | 'userAborted' | (string & {}) | null;
  available?: boolean | null;
  created?: string | null;
  updated?: string | null;
  finished?: string | null;
  label?: string | null;
  configs?: Array<string | null> | null;
  disks?: Array<LinodeBackupsResponseAutomaticDisk | null> | null;
};

export type LinodeBackupsResponseAutomaticDisk = {
  size?: number | null;
  filesystem?: 'raw' | 'swap' | 'ext3' | 'ext4' | 'initrd' | (string & {}) | null;
  label?: string | null;
};

export type LinodeBackupsResponseSnapshot = {
  in_progress?: LinodeBackupsResponseSnapshotInProgress | null;
  current?: LinodeBackupsResponseSnapshotCurrent | null;
};

export type LinodeBackupsResponseSnapshotInProgress = {
  id?: number | null;
  type?: 'auto' | 'snapshot' | (string & {}) | null;
  status?: 'paused' | 'pending' | 'running' | 'needsPostProcessing' | 'successful' | 'failed' | 'userAborted' | (string & {}) | null;
  available?: boolean | null;
  created?: string | null;
  updated?: string | null;
  finished?: string | null;
  label?: string | null;
  configs?: Array<string | null> | null;
  disks?: Array<LinodeBackupsResponseSnapshotInProgressDisk | null> | null;
};

export type LinodeBackupsResponseSnapshotInProgressDisk = {
  size?: number | null;
  filesystem?: 'raw' | 'swap' | 'ext3' | 'ext4' | 'initrd' | (string & {}) | null;
  label?: string | null;
};

export type LinodeBackupsResponseSnapshotCurrent = {
  id?: number | null;
  type?: 'auto' | 'snapshot' | (string & {}) | null;
  status?: 'paused' | 'pending' | 'running' | 'needsPostProcessing' | 'successful' | 'failed' | 'userAborted' | (string & {}) | null;
  available?: boolean | null;
  created?: string | null;
  updated?: string | null;
  finished?: string | null;
  label?: string | null;
  configs?: Array<string | null> | null;
  disks?: Array<LinodeBackupsResponseSnapshotCurrentDisk | null> | null;
};

export type LinodeBackupsResponseSnapshotCurrentDisk = {
  size?: number | null;
  filesystem?: 'raw' | 'swap' | 'ext3' | 'ext4' | 'initrd' | (string & {}) | null;
  label?: string | null;
};

export type LinodeConfig = {
  id?: number | null;
  kernel?: string | null;
  comments?: string | null;
  memory_limit?: number | null;
  run_level?: 'default' | 'single' | 'binbash' | (string & {}) | null;
  virt_mode?: 'paravirt' | 'fullvirt' | (string & {}) | null;
  interfaces?: Array<LinodeConfigInterface | null> | null;
  helpers?: LinodeConfigHelpers | null;
  label?: string | null;
  devices?: LinodeConfigDevices | null;
  root_device?: string | null;
  created?: string | null;
  updated?: string | null;
  initrd?: number | null;
};

export type LinodeConfigHelpers = {
  updatedb_disabled?: boolean | null;
  distro?: boolean | null;
  modules_dep?: boolean | null;
  network?: boolean | null;
  devtmpfs_automount?: boolean | null;
};

export type LinodeConfigDevices = {
  sda?: LinodeConfigDevicesSda | null;
  sdb?: LinodeConfigDevicesSdb | null;
  sdc?: LinodeConfigDevicesSdc | null;
  sdd?: LinodeConfigDevicesSdd | null;
  sde?: LinodeConfigDevicesSde | null;
  sdf?: LinodeConfigDevicesSdf | null;
  sdg?: LinodeConfigDevicesSdg | null;
  sdh?: LinodeConfigDevicesSdh | null;
  sdi?: LinodeConfigDevicesSdi | null;
  sdj?: LinodeConfigDevicesSdj | null;
  sdk?: LinodeConfigDevicesSdk | null;
  sdl?: LinodeConfigDevicesSdl | null;
  sdm?: LinodeConfigDevicesSdm | null;
  sdn?: LinodeConfigDevicesSdn | null;
  sdo?: LinodeConfigDevicesSdo | null;
  sdp?: LinodeConfigDevicesSdp | null;
  sdq?: LinodeConfigDevicesSdq | null;
  sdr?: LinodeConfigDevicesSdr | null;
  sds?: LinodeConfigDevicesSds | null;
  sdt?: LinodeConfigDevicesSdt | null;
  sdu?: LinodeConfigDevicesSdu | null;
  sdv?: LinodeConfigDevicesSdv | null;
  sdw?: LinodeConfigDevicesSdw | null;
  sdx?: LinodeConfigDevicesSdx | null;
  sdy?: LinodeConfigDevicesSdy | null;
  sdz?: LinodeConfigDevicesSdz | null;
  sdaa?: LinodeConfigDevicesSdaa | null;
  sdab?: LinodeConfigDevicesSdab | null;
  sdac?: LinodeConfigDevicesSdac | null;
  sdad?: LinodeConfigDevicesSdad | null;
  sdae?: LinodeConfigDevicesSdae | null;
  sdaf?: LinodeConfigDevicesSdaf | null;
  sdag?: LinodeConfigDevicesSdag | null;
  sdah?: LinodeConfigDevicesSdah | null;
  sdai?: LinodeConfigDevicesSdai | null;
  sdaj?: LinodeConfigDevicesSdaj | null;
  sdak?: LinodeConfigDevicesSdak | null;
  sdal?: LinodeConfigDevicesSdal | null;
  sdam?: LinodeConfigDevicesSdam | null;
  sdan?: LinodeConfigDevicesSdan | null;
  sdao?: LinodeConfigDevicesSdao | null;
  sdap?: LinodeConfigDevicesSdap | null;
  sdaq?: LinodeConfigDevicesSdaq | null;
  sdar?: LinodeConfigDevicesSdar | null;
  sdas?: LinodeConfigDevicesSdas | null;
  sdat?: LinodeConfigDevicesSdat | null;
  sdau?: LinodeConfigDevicesSdau | null;
  sdav?: LinodeConfigDevicesSdav | null;
  sdaw?: LinodeConfigDevicesSdaw | null;
  sdax?: LinodeConfigDevicesSdax | null;
  sday?: LinodeConfigDevicesSday | null;
  sdaz?: LinodeConfigDevicesSdaz | null;
  sdba?: LinodeConfigDevicesSdba | null;
  sdbb?: LinodeConfigDevicesSdbb | null;
  sdbc?: LinodeConfigDevicesSdbc | null;
  sdbd?: LinodeConfigDevicesSdbd | null;
  sdbe?: LinodeConfigDevicesSdbe | null;
  sdbf?: LinodeConfigDevicesSdbf | null;
  sdbg?: LinodeConfigDevicesSdbg | null;
  sdbh?: LinodeConfigDevicesSdbh | null;
  sdbi?: LinodeConfigDevicesSdbi | null;
  sdbj?: LinodeConfigDevicesSdbj | null;
  sdbk?: LinodeConfigDevicesSdbk | null;
  sdbl?: LinodeConfigDevicesSdbl | null;
};

export type LinodeConfigDevicesSda = {
  disk_id?: number | null;
  volume_id?: number | null;
};

export type LinodeConfigDevicesSdb = {
  disk_id?: number | null;
  volume_id?: number | null;
};

export type LinodeConfigDevicesSdc = {
  disk_id?: number | null;
  volume_id?: number | null;
};

export type LinodeConfigDevicesSdd = {
  disk_id?: number | null;
  volume_id?: number | null;
};

export type LinodeConfigDevicesSde = {
  disk_id?: number | null;
  volume_id?: number | null;
};

export type LinodeConfigDevicesSdf = {
  disk_id?: number | null;
  volume_id?: number | null;
};

export type LinodeConfigDevicesSdg = {
  disk_id?: number | null;
  volume_id?: number | null;
};

export type LinodeConfigDevicesSdh = {
  disk_id?: number | null;
  volume_id?: number | null;
};

export type LinodeConfigDevicesSdi = {
  disk_id?: number | null;
  volume_id?: number | null;
};

export type LinodeConfigDevicesSdj = {
  disk_id?: number | null;
  volume_id?: number | null;
};

export type LinodeConfigDevicesSdk = {
  disk_id?: number | null;
  volume_id?: number | null;
};

export type LinodeConfigDevicesSdl = {
  disk_id?: number | null;
  volume_id?: number | null;
};

export type LinodeConfigDevicesSdm = {
  disk_id?: number | null;
  volume_id?: number | null;
};

export type LinodeConfigDevicesSdn = {
  disk_id?: number | null;
  volume_id?: number | null;
};

export type LinodeConfigDevicesSdo = {
  disk_id?: number | null;
  volume_id?: number | null;
};

export type LinodeConfigDevicesSdp = {
  disk_id?: number | null;
  volume_id?: number | null;
};

export type LinodeConfigDevicesSdq = {
  disk_id?: number | null;
  volume_id?: number | null;
};

export type LinodeConfigDevicesSdr = {
  disk_id?: number | null;
  volume_id?: number | null;
};

export type LinodeConfigDevicesSds = {
  disk_id?: number | null;
  volume_id?: number | null;
};

export type LinodeConfigDevicesSdt = {
  disk_id?: number | null;
  volume_id?: number | null;
};

export type LinodeConfigDevicesSdu = {
  disk_id?: number | null;
  volume_id?: number | null;
};

export type LinodeConfigDevicesSdv = {
  disk_id?: number | null;
  volume_id?: number | null;
};

export type LinodeConfigDevicesSdw = {
  disk_id?: number | null;
  volume_id?: number | null;
};

export type LinodeConfigDevicesSdx = {
  disk_id?: number | null;
  volume_id?: number | null;
};

export type LinodeConfigDevicesSdy = {
  disk_id?: number | null;
  volume_id?: number | null;
};

export type LinodeConfigDevicesSdz = {
  disk_id?: number | null;
  volume_id?: number | null;
};

export type LinodeConfigDevicesSdaa = {
  disk_id?: number | null;
  volume_id?: number | null;
};

export type LinodeConfigDevicesSdab = {
  disk_id?: number | null;
  volume_id?: number | null;
};

export type LinodeConfigDevicesSdac = {
  disk_id?: number | null;
  volume_id?: number | null;
};

export type LinodeConfigDevicesSdad = {
  disk_id?: number | null;
  volume_id?: number | null;
};

export type LinodeConfigDevicesSdae = {
  disk_id?: number | null;
  volume_id?: number | null;
};

export type LinodeConfigDevicesSdaf = {
  disk_id?: number | null;
  volume_id?: number | null;
};

export type LinodeConfigDevicesSdag = {
  disk_id?: number | null;
  volume_id?: number | null;
};

export type LinodeConfigDevicesSdah = {
  disk_id?: number | null;
  volume_id?: number | null;
};

export type LinodeConfigDevicesSdai = {
  disk_id?: number | null;
  volume_id?: number | null;
};

export type LinodeConfigDevicesSdaj = {
  disk_id?: number | null;
  volume_id?: number | null;
};

export type LinodeConfigDevicesSdak = {
  disk_id?: number | null;
  volume_id?: number | null;
};

export type LinodeConfigDevicesSdal = {
  disk_id?: number | null;
  volume_id?: number | null;
};

export type LinodeConfigDevicesSdam = {
  disk_id?: number | null;
  volume_id?: number | null;
};

export type LinodeConfigDevicesSdan = {
  disk_id?: number | null;
  volume_id?: number | null;
};

export type LinodeConfigDevicesSdao = {
  disk_id?: number | null;
  volume_id?: number | null;
};

export type LinodeConfigDevicesSdap = {
  disk_id?: number | null;
  volume_id?: number | null;
};

export type LinodeConfigDevicesSdaq = {
  disk_id?: number | null;
  volume_id?: number | null;
};

export type LinodeConfigDevicesSdar = {
  disk_id?: number | null;
  volume_id?: number | null;
};

export type LinodeConfigDevicesSdas = {
  disk_id?: number | null;
  volume_id?: number | null;
};

export type LinodeConfigDevicesSdat = {
  disk_id?: number | null;
  volume_id?: number | null;
};

export type LinodeConfigDevicesSdau = {
  disk_id?: number | null;
  volume_id?: number | null;
};

export type LinodeConfigDevicesSdav = {
  disk_id?: number | null;
  volume_id?: number | null;
};

export type LinodeConfigDevicesSdaw = {
  disk_id?: number | null;
  volume_id?: number | null;
};

export type LinodeConfigDevicesSdax = {
  disk_id?: number | null;
  volume_id?: number | null;
};

export type LinodeConfigDevicesSday = {
  disk_id?: number | null;
  volume_id?: number | null;
};

export type LinodeConfigDevicesSdaz = {
  disk_id?: number | null;
  volume_id?: number | null;
};

export type LinodeConfigDevicesSdba = {
  disk_id?: number | null;
  volume_id?: number | null;
};

export type LinodeConfigDevicesSdbb = {
  disk_id?: number | null;
  volume_id?: number | null;
};

export type LinodeConfigDevicesSdbc = {
  disk_id?: number | null;
  volume_id?: number | null;
};

export type LinodeConfigDevicesSdbd = {
  disk_id?: number | null;
  volume_id?: number | null;
};

export type LinodeConfigDevicesSdbe = {
  disk_id?: number | null;
  volume_id?: number | null;
};

export type LinodeConfigDevicesSdbf = {
  disk_id?: number | null;
  volume_id?: number | null;
};

export type LinodeConfigDevicesSdbg = {
  disk_id?: number | null;
  volume_id?: number | null;
};

export type LinodeConfigDevicesSdbh = {
  disk_id?: number | null;
  volume_id?: number | null;
};

export type LinodeConfigDevicesSdbi = {
  disk_id?: number | null;
  volume_id?: number | null;
};

export type LinodeConfigDevicesSdbj = {
  disk_id?: number | null;
  volume_id?: number | null;
};

export type LinodeConfigDevicesSdbk = {
  disk_id?: number | null;
  volume_id?: number | null;
};

export type LinodeConfigDevicesSdbl = {
  disk_id?: number | null;
  volume_id?: number | null;
};

export type LinodeConfigInterface = {
  id?: number | null;
  label?: string | null;
  ipam_address?: string | null;
  purpose?: 'public' | 'vlan' | 'vpc' | (string & {}) | null;
  active?: boolean | null;
  primary?: boolean | null;
  vpc_id?: number | null;
  subnet_id?: number | null;
  ipv4?: LinodeConfigInterfaceIpv4 | null;
  ip_ranges?: Array<string | null> | null;
  ipv6?: LinodeConfigInterfaceIpv6 | null;
};

export type LinodeConfigInterfaceIpv4 = {
  vpc?: string | null;
  nat_1_1?: string | null;
};

export type LinodeConfigInterfaceIpv6 = {
  slaac?: Array<LinodeConfigInterfaceIpv6Slaac | null> | null;
  ranges?: Array<LinodeConfigInterfaceIpv6Range | null> | null;
  is_public?: boolean | null;
};

export type LinodeConfigInterfaceIpv6Slaac = {
  range?: string | null;
  address?: string | null;
};

export type LinodeConfigInterfaceIpv6Range = {
  range?: string | null;
};

export type LinodeConfigInterfaces = Array<LinodeConfigInterface | null>;

export type LinodeInterface = {
  id?: number | null;
  version?: number | null;
  mac_address?: string | null;
  created?: string | null;
  updated?: string | null;
  default_route?: LinodeInterfaceDefaultRoute | null;
  public?: LinodeInterfacePublic | null;
  vpc?: LinodeInterfaceVpc | null;
  vlan?: LinodeInterfaceVlan | null;
};

export type LinodeInterfaceDefaultRoute = {
  ipv4?: boolean | null;
  ipv6?: boolean | null;
};

export type LinodeInterfacePublic = {
  ipv4?: LinodeInterfacePublicIpv4 | null;
  ipv6?: LinodeInterfacePublicIpv6 | null;
};

export type LinodeInterfacePublicIpv4 = {
  addresses?: Array<LinodeInterfacePublicIpv4Address | null> | null;
  shared?: Array<LinodeInterfacePublicIpv4Shared | null> | null;
};

export type LinodeInterfacePublicIpv4Address = {
  address?: string | null;
  primary?: boolean | null;
};

export type LinodeInterfacePublicIpv4Shared = {
  address?: string | null;
  linode_id?: number | null;
};

export type LinodeInterfacePublicIpv6 = {
  ranges?: Array<LinodeInterfacePublicIpv6Range | null> | null;
  shared?: Array<LinodeInterfacePublicIpv6Shared | null> | null;
  slaac?: Array<LinodeInterfacePublicIpv6Slaac | null> | null;
};

export type LinodeInterfacePublicIpv6Range = {
  range?: string | null;
  route_target?: string | null;
};

export type LinodeInterfacePublicIpv6Shared = {
  range?: string | null;
  route_target?: string | null;
};

export type LinodeInterfacePublicIpv6Slaac = {
  prefix?: number | null;
  address?: string | null;
};

export type LinodeInterfaceVpc = {
  vpc_id?: number | null;
  subnet_id?: number | null;
  ipv4?: LinodeInterfaceVpcIpv4 | null;
  ipv6?: LinodeInterfaceVpcIpv6 | null;
};

export type LinodeInterfaceVpcIpv4 = {
  addresses?: Array<LinodeInterfaceVpcIpv4Address | null> | null;
  ranges?: Array<LinodeInterfaceVpcIpv4Range | null> | null;
};

export type LinodeInterfaceVpcIpv4Address = {
  address?: string | null;
  primary?: boolean | null;
  nat_1_1_address?: string | null;
};

export type LinodeInterfaceVpcIpv4Range = {
  range?: string | null;
};

export type LinodeInterfaceVpcIpv6 = {
  slaac?: Array<LinodeInterfaceVpcIpv6Slaac | null> | null;
  ranges?: Array<LinodeInterfaceVpcIpv6Range | null> | null;
  is_public?: boolean | null;
};

export type LinodeInterfaceVpcIpv6Slaac = {
  range?: string | null;
  address?: string | null;
};

export type LinodeInterfaceVpcIpv6Range = {
  range?: string | null;
};

export type LinodeInterfaceVlan = {
  vlan_label?: string | null;
  ipam_address?: string | null;
};

export type LinodeInterfaceSettings = {
  network_helper?: boolean | null;
  default_route?: LinodeInterfaceSettingsDefaultRoute | null;
};

export type LinodeInterfaceSettingsDefaultRoute = {
  ipv4_interface_id?: number | null;
  ipv4_eligible_interface_ids?: Array<number | null> | null;
  ipv6_interface_id?: number | null;
  ipv6_eligible_interface_ids?: Array<number | null> | null;
};

export type LinodeInterfacesUpgrade = {
  config_id?: number | null;
  dry_run?: boolean | null;
  interfaces?: Array<LinodeInterface | null> | null;
};

export type LinodeIPsResponse = {
  ipv4?: LinodeIPsResponseIpv4 | null;
  ipv6?: LinodeIPsResponseIpv6 | null;
};

export type LinodeIPsResponseIpv4 = {
  public?: Array<LinodeIPsResponseIpv4Public | null> | null;
  private?: Array<LinodeIPsResponseIpv4Private | null> | null;
  vpc?: Array<LinodeIPsResponseIpv4Vpc | null> | null;
  reserved?: Array<LinodeIPsResponseIpv4Reserved | null> | null;
  shared?: Array<LinodeIPsResponseIpv4Shared | null> | null;
};

export type LinodeIPsResponseIpv4Public = {
  address?: string | null;
  gateway?: string | null;
  subnet_mask?: string | null;
  prefix?: number | null;
  type?: 'ipv4' | 'ipv6' | 'ipv6/pool' | 'ipv6/range' | (string & {}) | null;
  public?: boolean | null;
  rdns?: string | null;
  linode_id?: number | null;
  region?: string | null;
  vpc_nat_1_1?: LinodeIPsResponseIpv4PublicVpcNat11 | null;
};

export type LinodeIPsResponseIpv4PublicVpcNat11 = {
  vpc_id?: number | null;
  subnet_id?: number | null;
  address?: string | null;
};

export type LinodeIPsResponseIpv4Private = {
  address?: string | null;
  gateway?: string | null;
  subnet_mask?: string | null;
  prefix?: number | null;
  type?: string | null;
  public?: boolean | null;
  rdns?: string | null;
  linode_id?: number | null;
  region?: string | null;
};

export type LinodeIPsResponseIpv4Vpc = {
  active?: boolean | null;
  address?: string | null;
  address_range?: string | null;
  config_id?: number | null;
  gateway?: string | null;
  interface_id?: number | null;
  linode_id?: number | null;
  nat_1_1?: string | null;
  prefix?: number | null;
  region?: string | null;
  subnet_id?: number | null;
  subnet_mask?: string | null;
  vpc_id?: number | null;
};

export type LinodeIPsResponseIpv4Reserved = {
  address?: string | null;
  gateway?: string | null;
  subnet_mask?: string | null;
  prefix?: number | null;
  type?: 'ipv4' | 'ipv6' | 'ipv6/pool' | 'ipv6/range' | (string & {}) | null;
  public?: boolean | null;
  rdns?: string | null;
  linode_id?: number | null;
  region?: string | null;
  vpc_nat_1_1?: LinodeIPsResponseIpv4ReservedVpcNat11 | null;
};

export type LinodeIPsResponseIpv4ReservedVpcNat11 = {
  vpc_id?: number | null;
  subnet_id?: number | null;
  address?: string | null;
};

export type LinodeIPsResponseIpv4Shared = {
  address?: string | null;
  gateway?: string | null;
  subnet_mask?: string | null;
  prefix?: number | null;
  type?: 'ipv4' | 'ipv6' | 'ipv6/pool' | 'ipv6/range' | (string & {}) | null;
  public?: boolean | null;
  rdns?: string | null;
  linode_id?: number | null;
  region?: string | null;
  vpc_nat_1_1?: LinodeIPsResponseIpv4SharedVpcNat11 | null;
};

export type LinodeIPsResponseIpv4SharedVpcNat11 = {
  vpc_id?: number | null;
  subnet_id?: number | null;
  address?: string | null;
};

export type LinodeIPsResponseIpv6 = {
  link_local?: LinodeIPsResponseIpv6LinkLocal | null;
  slaac?: LinodeIPsResponseIpv6Slaac | null;
  global?: Array<LinodeIPsResponseIpv6Global | null> | null;
};

export type LinodeIPsResponseIpv6LinkLocal = {
  address?: string | null;
  gateway?: string | null;
  subnet_mask?: string | null;
  prefix?: number | null;
  type?: string | null;
  public?: boolean | null;
  rdns?: string | null;
  linode_id?: number | null;
  region?: string | null;
};

export type LinodeIPsResponseIpv6Slaac = {
  address?: string | null;
  gateway?: string | null;
  subnet_mask?: string | null;
  prefix?: number | null;
  type?: string | null;
  public?: boolean | null;
  rdns?: string | null;
  linode_id?: number | null;
  region?: string | null;
};

export type LinodeIPsResponseIpv6Global = {
  range?: string | null;
  prefix?: number | null;
  region?: string | null;
  route_target?: string | null;
};

export type LinodeMonthlyTransferResponse = {
  bytes_in?: number | null;
  bytes_out?: number | null;
  bytes_total?: number | null;
};

export type LinodeRequest = {
  image?: string | null;
  stackscript_id?: number | null;
  stackscript_data?: Record<string, unknown> | null;
};

export type LinodeStats = {
  cpu?: Array<Array<number | null> | null> | null;
  io?: LinodeStatsIo | null;
  netv4?: LinodeStatsNetv4 | null;
  netv6?: LinodeStatsNetv6 | null;
  title?: string | null;
};

export type LinodeStatsIo = {
  io?: Array<Array<number | null> | null> | null;
  swap?: Array<Array<number | null> | null> | null;
};

export type LinodeStatsNetv4 = {
  in?: Array<Array<number | null> | null> | null;
  out?: Array<Array<number | null> | null> | null;
  private_in?: Array<Array<number | null> | null> | null;
  private_out?: Array<Array<number | null> | null> | null;
};

export type LinodeStatsNetv6 = {
  in?: Array<Array<number | null> | null> | null;
  out?: Array<Array<number | null> | null> | null;
  private_in?: Array<Array<number | null> | null> | null;
  private_out?: Array<Array<number | null> | null> | null;
};

export type LinodeTransferResponse = {
  used?: number | null;
  quota?: number | null;
  billable?: number | null;
};

export type LinodeType = {
  id?: string | null;
  label?: string | null;
  disk?: number | null;
  class?: 'nanode' | 'standard' | 'dedicated' | 'premium' | 'gpu' | 'highmem' | (string & {}) | null;
  price?: LinodeTypePrice | null;
  region_prices?: Array<LinodeTypeRegionPrice | null> | null;
  addons?: LinodeTypeAddons | null;
  network_out?: number | null;
  memory?: number | null;
  successor?: string | null;
  transfer?: number | null;
  vcpus?: number | null;
  gpus?: number | null;
  accelerated_devices?: number | null;
};

export type LinodeTypePrice = {
  hourly?: number | null;
  monthly?: number | null;
};

export type LinodeTypeRegionPrice = {
  id?: string | null;
  hourly?: number | null;
  monthly?: number | null;
};

export type LinodeTypeAddons = {
  backups?: LinodeTypeAddonsBackups | null;
};

export type LinodeTypeAddonsBackups = {
  price?: LinodeTypeAddonsBackupsPrice | null;
  region_prices?: Array<LinodeTypeAddonsBackupsRegionPrice | null> | null;
};

export type LinodeTypeAddonsBackupsPrice = {
  hourly?: number | null;
  monthly?: number | null;
};

export type LinodeTypeAddonsBackupsRegionPrice = {
  id?: string | null;
  hourly?: number | null;
  monthly?: number | null;
};

export type LKECluster = {
  id?: number | null;
  created?: string | null;
  updated?: string | null;
  label?: string | null;
  region?: string | null;
  k8s_version?: string | null;
  control_plane?: LKEClusterControlPlane | null;
  tags?: Array<string | null> | null;
  status?: 'ready' | 'not_ready' | (string & {}) | null;
  tier?: string | null;
  apl_enabled?: boolean | null;
  subnet_id?: number | null;
  vpc_id?: number | null;
  stack_type?: 'ipv4' | 'ipv4-ipv6' | (string & {}) | null;
  locks?: Array<'cannot_delete' | 'cannot_delete_with_subresources' | (string & {}) | null> | null;
};

export type LKEClusterControlPlane = {
  high_availability?: boolean | null;
  audit_logs_enabled?: boolean | null;
};

export type LKENodePool = {
  autoscaler?: LKENodePoolAutoscaler | null;
  type?: string | null;
  count?: number | null;
  disks?: Array<LKENodePoolDisk | null> | null;
  id?: number | null;
  nodes?: Array<LKENodeStatus | null> | null;
  tags?: Array<string | null> | null;
  label?: string | null;
  labels?: Record<string, unknown> | null;
  taints?: Array<LKENodePoolTaint | null> | null;
  firewall_id?: number | null;
  disk_encryption?: 'enabled' | 'disabled' | (string & {}) | null;
  isolation?: LKENodePoolIsolation | null;
  k8s_version?: string | null;
  update_strategy?: 'rolling_update' | 'on_recycle' | (string & {}) | null;
  locks?: Array<'cannot_delete' | 'cannot_delete_with_subresources' | (string & {}) | null> | null;
};

export type LKENodePoolAutoscaler = {
  enabled?: boolean | null;
  max?: number | null;
  min?: number | null;
};

export type LKENodePoolDisk = {
  size?: number | null;
  type?: 'raw' | 'ext4' | (string & {}) | null;
};

export type LKENodePoolTaint = {
  key?: string | null;
  value?: string | null;
  effect?: 'NoSchedule' | 'PreferNoSchedule' | 'NoExecute' | (string & {}) | null;
};

export type LKENodePoolIsolation = {
  public_ipv4?: boolean | null;
  public_ipv6?: boolean | null;
};

export type LKENodePoolRequestBody = {
  autoscaler?: LKENodePoolRequestBodyAutoscaler | null;
  type?: string | null;
  count?: number | null;
  disks?: Array<LKENodePoolRequestBodyDisk | null> | null;
  tags?: Array<string | null> | null;
};

export type LKENodePoolRequestBodyAutoscaler = {
  enabled?: boolean | null;
  max?: number | null;
  min?: number | null;
};

export type LKENodePoolRequestBodyDisk = {
  size?: number | null;
  type?: 'raw' | 'ext4' | (string & {}) | null;
};

export type LKENodeStatus = {
  id?: string | null;
  instance_id?: string | null;
  status?: 'ready' | 'not_ready' | (string & {}) | null;
};

export type LKEVersion = {
  id?: string | null;
};

export type Lock = {
  id?: number | null;
  lock_type?: 'cannot_delete' | 'cannot_delete_with_subresources' | (string & {}) | null;
  entity?: LockEntity | null;
};

export type LockEntity = {
  id?: number | null;
  type?: string | null;
  label?: string | null;
  url?: string | null;
};

export type Login = {
  id?: number | null;
  datetime?: string | null;
  ip?: string | null;
  username?: string | null;
  status?: 'successful' | 'failed' | (string & {}) | null;
  restricted?: boolean | null;
};

export type LongviewClient = {
  id?: number | null;
  label?: string | null;
  api_key?: string | null;
  install_code?: string | null;
  apps?: LongviewClientApps | null;
  created?: string | null;
  updated?: string | null;
};

export type LongviewClientApps = {
  apache?: boolean | null;
  nginx?: boolean | null;
  mysql?: boolean | null;
};

export type LongviewPlan = {
  longview_subscription?: 'longview-3' | 'longview-10' | 'longview-40' | 'longview-100' | (string & {}) | null;
  id?: string | null;
  label?: string | null;
  clients_included?: number | null;
  price?: LongviewPlanPrice | null;
};

export type LongviewPlanPrice = {
  hourly?: number | null;
  monthly?: number | null;
};

export type LongviewSubscription = {
  id?: 'longview-3' | 'longview-10' | 'longview-40' | 'longview-100' | (string & {}) | null;
  price?: LongviewSubscriptionPrice | null;
  label?: string | null;
  clients_included?: number | null;
};

export type LongviewSubscriptionPrice = {
  hourly?: number | null;
  monthly?: number | null;
};

export type Maintenance = {
  type?: 'reboot' | 'cold_migration' | 'live_migration' | (string & {}) | null;
  status?: 'completed' | 'pending' | 'started' | (string & {}) | null;
  reason?: string | null;
  when?: string | null;
  entity?: MaintenanceEntity | null;
  maintenance_policy_set?: string | null;
  description?: string | null;
  source?: string | null;
  not_before?: string | null;
  start_time?: string | null;
  complete_time?: string | null;
};

export type MaintenanceEntity = {
  label?: string | null;
  id?: number | null;
  type?: string | null;
  url?: string | null;
};

export type ManagedContact = {
  id?: number | null;
  name?: string | null;
  email?: string | null;
  phone?: ManagedContactPhone | null;
  group?: string | null;
  updated?: string | null;
};

export type ManagedContactPhone = {
  primary?: string | null;
  secondary?: string | null;
};

export type ManagedCredential = {
  id?: number | null;
  label?: string | null;
  last_decrypted?: string | null;
};

export type ManagedIssue = {
  id?: number | null;
  created?: string | null;
  services?: Array<number | null> | null;
  entity?: ManagedIssueEntity | null;
};

export type ManagedIssueEntity = {
  id?: number | null;
  type?: 'ticket' | (string & {}) | null;
  label?: string | null;
  url?: string | null;
};

export type ManagedLinodeSettings = {
  id?: number | null;
  label?: string | null;
  group?: string | null;
  ssh?: ManagedLinodeSettingsSsh | null;
};

export type ManagedLinodeSettingsSsh = {
  access?: boolean | null;
  user?: string | null;
  ip?: string | null;
  port?: number | null;
};

export type ManagedService = {
  id?: number | null;
  status?: 'disabled' | 'pending' | 'ok' | 'problem' | (string & {}) | null;
  service_type?: 'url' | 'tcp' | (string & {}) | null;
  label?: string | null;
  address?: string | null;
  timeout?: number | null;
  body?: string | null;
  consultation_group?: string | null;
  notes?: string | null;
  region?: string | null;
  credentials?: Array<number | null> | null;
  created?: string | null;
  updated?: string | null;
};

export type MonitorAlertChannel = {
  alerts?: MonitorAlertChannelAlerts | null;
  channel_type?: 'email' | (string & {}) | null;
  details?: MonitorAlertChannelDetails | null;
  created?: string | null;
  created_by?: string | null;
  updated?: string | null;
  updated_by?: string | null;
  id?: number | null;
  label?: string | null;
  type?: 'system' | 'user' | (string & {}) | null;
};

export type MonitorAlertChannelAlerts = {
  url?: string | null;
  type?: string | null;
  alert_count?: number | null;
};

export type MonitorAlertChannelDetails = {
  email?: MonitorAlertChannelDetailsEmail | null;
};

export type MonitorAlertChannelDetailsEmail = {
  usernames?: Array<string | null> | null;
  recipient_type?: string | null;
};

export type MonitorAlertDefinition = {
  id?: number | null;
  label?: string | null;
  severity?: number | null;
  type?: 'system' | 'user' | (string & {}) | null;
  service_type?: string | null;
  status?: 'provisioning' | 'enabling' | 'disabling' | 'enabled' | 'disabled' | 'failed' | (string & {}) | null;
  rule_criteria?: MonitorAlertDefinitionRuleCriteria | null;
  trigger_conditions?: MonitorAlertDefinitionTriggerConditions | null;
  alert_channels?: Array<MonitorAlertDefinitionAlertChannel | null> | null;
  created?: string | null;
  updated?: string | null;
  updated_by?: string | null;
  created_by?: string | null;
  description?: string | null;
  class?: string | null;
  scope?: 'account' | 'entity' | 'region' | (string & {}) | null;
  regions?: Array<string | null> | null;
  entities?: MonitorAlertDefinitionEntities | null;
  group_by?: Array<string | null> | null;
  entity_ids?: Array<string | null> | null;
  has_more_resources?: boolean | null;
};

export type MonitorAlertDefinitionRuleCriteria = {
  rules?: Array<MonitorAlertDefinitionRuleCriteriaRule | null> | null;
};

export type MonitorAlertDefinitionRuleCriteriaRule = {
  aggregate_function?: string | null;
  dimension_filters?: Array<MonitorAlertDefinitionRuleCriteriaRuleDimensionFilter | null> | null;
  label?: string | null;
  metric?: string | null;
  operator?: string | null;
  threshold?: number | null;
  unit?: string | null;
};

export type MonitorAlertDefinitionRuleCriteriaRuleDimensionFilter = {
  dimension_label?: string | null;
  label?: string | null;
  operator?: string | null;
  value?: string | null;
};

export type MonitorAlertDefinitionTriggerConditions = {
  criteria_condition?: string | null;
  evaluation_period_seconds?: number | null;
  polling_interval_seconds?: number | null;
  trigger_occurrences?: number | null;
};

export type MonitorAlertDefinitionAlertChannel = {
  id?: number | null;
  label?: string | null;
  type?: string | null;
  url?: string | null;
};

export type MonitorAlertDefinitionEntities = {
  url?: string | null;
  count?: number | null;
  has_more_resources?: boolean | null;
};

export type MonitorAlertDefinitionEntity = {
  id?: string | null;
  label?: string | null;
  url?: string | null;
  type?: string | null;
};

export type MonitorDashboard = {
  id?: number | null;
  type?: 'standard' | 'custom' | (string & {}) | null;
  service_type?: string | null;
  label?: string | null;
  group_by?: Array<string | null> | null;
  created?: string | null;
  updated?: string | null;
  widgets?: Array<MonitorDashboardWidget | null> | null;
};

export type MonitorDashboardWidget = {
  metric?: string | null;
  unit?: string | null;
  label?: string | null;
  color?: string | null;
  size?: number | null;
  chart_type?: 'line' | 'area' | (string & {}) | null;
  y_label?: string | null;
  aggregate_function?: 'min' | 'max' | 'avg' | 'sum' | 'rate' | 'increase' | 'count' | 'last' | (string & {}) | null;
  group_by?: Array<string | null> | null;
  filters?: Array<MonitorDashboardWidgetFilter | null> | null;
  description?: string | null;
};

export type MonitorDashboardWidgetFilter = {
  dimension_label?: string | null;
  operator?: string | null;
  value?: string | null;
};

export type MonitorEntityMetrics = {
  data?: MonitorEntityMetricsData | null;
  isPartial?: boolean | null;
  stats?: MonitorEntityMetricsStats | null;
  status?: string | null;
};

export type MonitorEntityMetricsData = {
  result?: Array<MonitorEntityMetricsDataResult | null> | null;
  resultType?: string | null;
};

export type MonitorEntityMetricsDataResult = {
  metric?: Record<string, unknown> | null;
  values?: Array<Array<unknown> | null> | null;
};

export type MonitorEntityMetricsStats = {
  executionTimeMsec?: number | null;
  seriesFetched?: string | null;
};

export type MonitorMetricDefinition = {
  available_aggregate_functions?: Array<
    'min' | 'max' | 'avg' | 'sum' | 'rate' | 'increase' | 'count' | 'last' | (string & {}) | null
  > | null;
  dimensions?: Array<MonitorMetricDefinitionDimension | null> | null;
  is_alertable?: boolean | null;
  label?: string | null;
  metric?: string | null;
  metric_type?: 'counter' | 'histogram' | 'gauge' | 'summary' | (string & {}) | null;
  scrape_interval?: string | null;
  unit?:
    | 'count'
    | 'percent'
    | 'byte'
    | 'second'
    | 'bits_per_second'
    | 'millisecond'
    | 'KB'
    | 'MB'
    | 'GB'
    | 'rate'
    | 'bytes_per_second'
    | 'percentile'
    | 'ratio'
    | 'ops_per_second'
    | 'iops'
    | 'kilo_bytes_per_second'
    | 'sessions_per_second'
    | 'packets_per_second'
    | 'kilo_bits_per_second'
    | (string & {})
    | null;
};

export type MonitorMetricDefinitionDimension = {
  dimension_label?: string | null;
  label?: string | null;
  values?: Array<string | null> | null;
};

export type MonitorService = {
  label?: string | null;
  service_type?: string | null;
  alert?: MonitorServiceAlert | null;
};

export type MonitorServiceAlert = {
  polling_interval_seconds?: Array<number | null> | null;
  evaluation_period_seconds?: Array<number | null> | null;
  scope?: Array<string | null> | null;
};

export type MonitorServiceToken = {
  token?: string | null;
};

export type NodeBalancer = {
  id?: number | null;
  label?: string | null;
  region?: string | null;
  hostname?: string | null;
  ipv4?: string | null;
  ipv6?: string | null;
  created?: string | null;
  updated?: string | null;
  client_conn_throttle?: number | null;
  transfer?: NodeBalancerTransfer | null;
  tags?: Array<string | null> | null;
  client_udp_sess_throttle?: number | null;
  type?: 'premium' | 'premium_40gb' | 'common' | (string & {}) | null;
  lke_cluster?: NodeBalancerLkeCluster | null;
  locks?: Array<'cannot_delete' | 'cannot_delete_with_subresources' | (string & {}) | null> | null;
  frontend_address_type?: string | null;
  frontend_vpc_subnet_id?: number | null;
};

export type NodeBalancerTransfer = {
  total?: number | null;
  out?: number | null;
  in?: number | null;
};

export type NodeBalancerLkeCluster = {
  id?: number | null;
  label?: string | null;
  type?: string | null;
  url?: string | null;
};

export type NodeBalancerConfig = {
  id?: number | null;
  port?: number | null;
  protocol?: 'http' | 'https' | 'tcp' | 'udp' | (string & {}) | null;
  algorithm?: 'roundrobin' | 'leastconn' | 'source' | 'ring_hash' | (string & {}) | null;
  stickiness?: 'none' | 'table' | 'http_cookie' | 'session' | 'source_ip' | (string & {}) | null;
  check?: 'none' | 'connection' | 'http' | 'http_body' | (string & {}) | null;
  check_interval?: number | null;
  check_timeout?: number | null;
  check_attempts?: number | null;
  check_path?: string | null;
  check_body?: string | null;
  check_passive?: boolean | null;
  proxy_protocol?: 'none' | 'v1' | 'v2' | (string & {}) | null;
  cipher_suite?: 'recommended' | 'legacy' | 'none' | (string & {}) | null;
  nodebalancer_id?: number | null;
  ssl_commonname?: string | null;
  ssl_fingerprint?: string | null;
  ssl_cert?: string | null;
  ssl_key?: string | null;
  nodes_status?: NodeBalancerConfigNodesStatus | null;
  udp_check_port?: number | null;
  udp_session_timeout?: number | null;
};

export type NodeBalancerConfigNodesStatus = {
  up?: number | null;
  down?: number | null;
};

export type NodeBalancerNode = {
  id?: number | null;
  address?: string | null;
  label?: string | null;
  status?: 'unknown' | 'UP' | 'DOWN' | 'Unknown' | (string & {}) | null;
  weight?: number | null;
  mode?: 'accept' | 'reject' | 'drain' | 'backup' | (string & {}) | null;
  config_id?: number | null;
  nodebalancer_id?: number | null;
  vpc_config_id?: number | null;
};

export type NodeBalancerStats = {
  data?: NodeBalancerStatsData | null;
  title?: string | null;
};

export type NodeBalancerStatsData = {
  connections?: Array<number | null> | null;
  traffic?: NodeBalancerStatsDataTraffic | null;
};

export type NodeBalancerStatsDataTraffic = {
  in?: Array<number | null> | null;
  out?: Array<number | null> | null;
};

export type Notification = {
  entity?: NotificationEntity | null;
  label?: string | null;
  message?: string | null;
  body?: string | null;
  type?:
    | 'migration_scheduled'
    | 'migration_imminent'
    | 'migration_pending'
    | 'reboot_scheduled'
    | 'outage'
    | 'payment_due'
    | 'ticket_important'
    | 'ticket_abuse'
    | 'notice'
    | 'maintenance'
    | 'promotion'
    | 'maintenance_scheduled'
    | (string & {})
    | null;
  severity?: 'minor' | 'major' | 'critical' | (string & {}) | null;
  when?: string | null;
  until?: string | null;
};

export type NotificationEntity = {
  id?: number | null;
  label?: string | null;
  type?: 'account' | 'entity_transfer' | 'linode' | 'nodebalancer' | 'promotion' | 'region' | 'ticket' | 'volume' | (string & {}) | null;
  url?: string | null;
};

export type OAuthClient = {
  id?: string | null;
  redirect_uri?: string | null;
  label?: string | null;
  status?: 'active' | 'disabled' | 'suspended' | (string & {}) | null;
  secret?: string | null;
  thumbnail_url?: string | null;
  public?: boolean | null;
};

export type ObjectStorageBucket = {
  created?: string | null;
  cluster?: string | null;
  label?: string | null;
  hostname?: string | null;
  size?: number | null;
  objects?: number | null;
  region?: string | null;
  s3_endpoint?: string | null;
  endpoint_type?: 'E0' | 'E1' | 'E2' | 'E3' | (string & {}) | null;
};

export type ObjectStorageCluster = {
  id?: string | null;
  domain?: string | null;
  status?: 'available' | 'unavailable' | (string & {}) | null;
  region?: string | null;
  static_site_domain?: string | null;
};

export type ObjectStorageKey = {
  id?: number | null;
  label?: string | null;
  access_key?: string | null;
  secret_key?: string | null;
  limited?: boolean | null;
  bucket_access?: Array<ObjectStorageKeyBucketAccess | null> | null;
  regions?: Array<ObjectStorageKeyRegion | null> | null;
};

export type ObjectStorageKeyBucketAccess = {
  cluster?: string | null;
  bucket_name?: string | null;
  permissions?: 'read_write' | 'read_only' | (string & {}) | null;
  region?: string | null;
};

export type ObjectStorageKeyRegion = {
  id?: string | null;
  s3_endpoint?: string | null;
  endpoint_type?: 'E0' | 'E1' | 'E2' | 'E3' | (string & {}) | null;
};

export type ObjectStorageObject = {
  name?: string | null;
  etag?: string | null;
  last_modified?: string | null;
  owner?: string | null;
  size?: number | null;
};

export type ObjectStorageSSL = {
  certificate?: string | null;
  private_key?: string | null;
};

export type ObjectStorageSSLResponse = {
  ssl?: boolean | null;
};

export type PaginationEnvelope = {
  pages?: number | null;
  page?: number | null;
  results?: number | null;
};

export type Payment = {
  id?: number | null;
  date?: string | null;
  usd?: number | null;
};

export type PaymentMethod = {
  id?: number | null;
  type?: 'credit_card' | 'google_pay' | 'paypal' | (string & {}) | null;
  is_default?: boolean | null;
  created?: string | null;
  data?: unknown;
};

export type PaymentRequest = {
  cvv?: string | null;
  usd?: string | null;
  payment_method_id?: number | null;
};

export type PayPal = {
  cancel_url?: string | null;
  redirect_url?: string | null;
  usd?: string | null;
};

export type PayPalData = {
  email?: string | null;
  paypal_id?: string | null;
};

export type PayPalExecute = {
  payer_id?: string | null;
  payment_id?: string | null;
};

export type PersonalAccessToken = {
  id?: number | null;
  scopes?: string | null;
  created?: string | null;
  label?: string | null;
  token?: string | null;
  expiry?: string | null;
};

export type PlacementGroup = {
  id?: number | null;
  label?: string | null;
  region?: string | null;
  placement_group_type?: 'anti_affinity:local' | (string & {}) | null;
  placement_group_policy?: 'strict' | 'flexible' | (string & {}) | null;
  is_compliant?: boolean | null;
  members?: Array<PlacementGroupMember | null> | null;
  migrations?: PlacementGroupMigrations | null;
};

export type PlacementGroupMember = {
  linode_id?: number | null;
  is_compliant?: boolean | null;
};

export type PlacementGroupMigrations = {
  inbound?: Array<PlacementGroupMigrationsInbound | null> | null;
  outbound?: Array<PlacementGroupMigrationsOutbound | null> | null;
};

export type PlacementGroupMigrationsInbound = {
  linode_id?: number | null;
};

export type PlacementGroupMigrationsOutbound = {
  linode_id?: number | null;
};

export type Profile = {
  uid?: number | null;
  username?: string | null;
  email?: string | null;
  verified_phone_number?: string | null;
  timezone?: string | null;
  email_notifications?: boolean | null;
  referrals?: ProfileReferrals | null;
  ip_whitelist_enabled?: boolean | null;
  lish_auth_method?: 'password_keys' | 'keys_only' | 'disabled' | (string & {}) | null;
  authorized_keys?: Array<string | null> | null;
  two_factor_auth?: boolean | null;
  restricted?: boolean | null;
  authentication_type?: 'password' | 'github' | (string & {}) | null;
  user_type?: 'proxy' | 'parent' | 'child' | 'default' | (string & {}) | null;
};

export type ProfileReferrals = {
  code?: string | null;
  url?: string | null;
  total?: number | null;
  completed?: number | null;
  pending?: number | null;
  credit?: number | null;
};

export type Promotion = {
  credit_monthly_cap?: string | null;
  credit_remaining?: string | null;
  description?: string | null;
  expire_dt?: string | null;
  image_url?: string | null;
  summary?: string | null;
  this_month_credit_remaining?: string | null;
  service_type?:
    | 'all'
    | 'backup'
    | 'blockstorage'
    | 'db_mysql'
    | 'ip_v4'
    | 'linode'
    | 'linode_disk'
    | 'linode_memory'
    | 'longview'
    | 'managed'
    | 'nodebalancer'
    | 'objectstorage'
    | 'transfer_tx'
    | (string & {})
    | null;
};

export type ProxyUserToken = {
  id?: number | null;
  scopes?: string | null;
  created?: string | null;
  label?: string | null;
  token?: string | null;
  expiry?: string | null;
};

export type Region = {
  id?: string | null;
  label?: string | null;
  country?: string | null;
  capabilities?: Array<string | null> | null;
  status?: 'ok' | 'outage' | (string & {}) | null;
  resolvers?: RegionResolvers | null;
  site_type?: string | null;
  placement_group_limits?: RegionPlacementGroupLimits | null;
  monitors?: RegionMonitors | null;
};

export type RegionResolvers = {
  ipv4?: string | null;
  ipv6?: string | null;
};

export type RegionPlacementGroupLimits = {
  maximum_pgs_per_customer?: number | null;
  maximum_linodes_per_pg?: number | null;
  maximum_linodes_per_flexible_pg?: number | null;
};

export type RegionMonitors = {
  alerts?: Array<string | null> | null;
  metrics?: Array<string | null> | null;
};

export type RegionAvailability = {
  region?: string | null;
  plan?: string | null;
  available?: boolean | null;
};

export type RescueDevices = {
  sda?: Device | null;
  sdb?: Device | null;
  sdc?: Device | null;
  sdd?: Device | null;
  sde?: Device | null;
  sdf?: Device | null;
  sdg?: Device | null;
};

export type SecurityQuestion = {
  id?: number | null;
  question?: string | null;
  response?: string | null;
};

export type SecurityQuestionsGet = {
  security_questions?: Array<SecurityQuestionsGetSecurityQuestion | null> | null;
};

export type SecurityQuestionsGetSecurityQuestion = {
  id?: number | null;
  question?: string | null;
  response?: string | null;
};

export type SecurityQuestionsPost = {
  security_questions?: Array<SecurityQuestionsPostSecurityQuestion | null> | null;
};

export type SecurityQuestionsPostSecurityQuestion = {
  question_id?: number | null;
  response?: string | null;
  security_question?: string | null;
};

export type ServiceTransfer = {
  token?: string | null;
  status?: 'accepted' | 'canceled' | 'completed' | 'failed' | 'pending' | 'stale' | (string & {}) | null;
  created?: string | null;
  updated?: string | null;
  is_sender?: boolean | null;
  expiry?: string | null;
  entities?: ServiceTransferEntities | null;
};

export type ServiceTransferEntities = {
  linodes?: Array<number | null> | null;
};

export type SSHKey = {
  id?: number | null;
  label?: string | null;
  ssh_key?: string | null;
  created?: string | null;
};

export type StackScript = {
  id?: number | null;
  username?: string | null;
  user_gravatar_id?: string | null;
  label?: string | null;
  description?: string | null;
  images?: Array<string | null> | null;
  deployments_total?: number | null;
  deployments_active?: number | null;
  is_public?: boolean | null;
  created?: string | null;
  updated?: string | null;
  rev_note?: string | null;
  script?: string | null;
  user_defined_fields?: Array<UserDefinedField | null> | null;
  mine?: boolean | null;
  ordinal?: number | null;
  logo_url?: string | null;
};

export type StatsData = {
  x?: number | null;
  y?: number | null;
};

export type StatsDataAvailable = {
  cpu?: Array<StatsData | null> | null;
  disk?: Array<StatsData | null> | null;
  swap?: Array<StatsData | null> | null;
  net_in?: Array<StatsData | null> | null;
  net_out?: Array<StatsData | null> | null;
};

export type StatsDataUnavailable = Array<string | null>;

export type SupportTicket = {
  id?: number | null;
  attachments?: Array<string | null> | null;
  closed?: string | null;
  closable?: boolean | null;
  description?: string | null;
  entity?: SupportTicketEntity | null;
  gravatar_id?: string | null;
  opened?: string | null;
  opened_by?: string | null;
  status?: 'closed' | 'new' | 'open' | (string & {}) | null;
  summary?: string | null;
  updated?: string | null;
  updated_by?: string | null;
};

export type SupportTicketEntity = {
  id?: number | null;
  label?: string | null;
  type?: string | null;
  url?: string | null;
};

export type SupportTicketReply = {
  created?: string | null;
  created_by?: string | null;
  description?: string | null;
  from_linode?: boolean | null;
  gravatar_id?: string | null;
  id?: number | null;
};

export type SupportTicketRequest = {
  description?: string | null;
  database_id?: number | null;
  domain_id?: number | null;
  firewall_id?: number | null;
  linode_id?: number | null;
  lkecluster_id?: number | null;
  longviewclient_id?: number | null;
  nodebalancer_id?: number | null;
  summary?: string | null;
  managed_issue?: boolean | null;
  volume_id?: number | null;
  vlan?: string | null;
  vpc_id?: number | null;
  region?: string | null;
};

export type Tag = {
  label?: string | null;
};

export type Transfer = {
  billable?: number | null;
  quota?: number | null;
  used?: number | null;
  region_transfers?: Array<TransferRegionTransfer | null> | null;
};

export type TransferRegionTransfer = {
  id?: string | null;
  billable?: number | null;
  quota?: number | null;
  used?: number | null;
};

export type TrustedDevice = {
  id?: number | null;
  created?: string | null;
  expiry?: string | null;
  user_agent?: string | null;
  last_authenticated?: string | null;
  last_remote_addr?: string | null;
};

export type User = {
  username?: string | null;
  email?: string | null;
  restricted?: boolean | null;
  ssh_keys?: Array<string | null> | null;
  tfa_enabled?: boolean | null;
  verified_phone_number?: string | null;
  password_created?: string | null;
  last_login?: UserLastLogin | null;
  user_type?: 'proxy' | 'parent' | 'child' | 'default' | (string & {}) | null;
};

export type UserLastLogin = {
  login_datetime?: string | null;
  status?: 'successful' | 'failed' | (string & {}) | null;
};

export type UserDefinedField = {
  label?: string | null;
  name?: string | null;
  oneOf?: string | null;
  manyOf?: string | null;
  default?: string | null;
  example?: string | null;
};

export type UserType = {
  user_type?: 'parent' | 'child' | 'proxy' | 'default' | (string & {}) | null;
};

export type Vlans = {
  label?: string | null;
  region?: string | null;
  linodes?: Array<number | null> | null;
  created?: string | null;
};

export type Volume = {
  id?: number | null;
  label?: string | null;
  filesystem_path?: string | null;
  status?: 'creating' | 'active' | 'resizing' | 'contact_support' | (string & {}) | null;
  size?: number | null;
  region?: string | null;
  linode_id?: number | null;
  linode_label?: string | null;
  created?: string | null;
  updated?: string | null;
  tags?: Array<string | null> | null;
  hardware_type?: 'hdd' | 'nvme' | (string & {}) | null;
  io_ready?: boolean | null;
  encryption?: string | null;
  locks?: Array<'cannot_delete' | 'cannot_delete_with_subresources' | (string & {}) | null> | null;
};

export type VPC = {
  id?: number | null;
  label?: string | null;
  description?: string | null;
  region?: string | null;
  subnets?: Array<VPCSubnet | null> | null;
  created?: string | null;
  updated?: string | null;
  vpc_type?: 'regular' | 'rdma' | (string & {}) | null;
  ipv4?: Array<VPCIpv4 | null> | null;
  ipv6?: Array<VPCIpv6 | null> | null;
};

export type VPCIpv4 = {
  range?: string | null;
};

export type VPCIpv6 = {
  range?: string | null;
};

export type VPCSubnet = {
  id?: number | null;
  label?: string | null;
  ipv4?: string | null;
  linodes?: Array<VPCSubnetLinode | null> | null;
  created?: string | null;
  updated?: string | null;
  vpc_type?: 'regular' | 'rdma' | (string & {}) | null;
  ipv6?: Array<VPCSubnetIpv6 | null> | null;
  databases?: Array<VPCSubnetDatabase | null> | null;
  nodebalancers?: Array<VPCSubnetNodebalancer | null> | null;
};

export type VPCSubnetLinode = {
  id?: number | null;
  interfaces?: Array<VPCSubnetLinodeInterface | null> | null;
};

export type VPCSubnetLinodeInterface = {
  active?: boolean | null;
  id?: number | null;
  config_id?: number | null;
};

export type VPCSubnetIpv6 = {
  range?: string | null;
};

export type VPCSubnetDatabase = {
  id?: number | null;
  ipv4_range?: string | null;
  ipv6_ranges?: Array<string | null> | null;
};

export type VPCSubnetNodebalancer = {
  id?: number | null;
  ipv4_range?: string | null;
  ipv6_ranges?: Array<VPCSubnetNodebalancerIpv6Range | null> | null;
};

export type VPCSubnetNodebalancerIpv6Range = {
  range?: string | null;
};

export type WarningObject = {
  title?: string | null;
  details?: string | null;
};

/** Every object shape by its name in the facts. */
export interface LinodeShapes {
  Account: Account;
  AccountAvailability: AccountAvailability;
  AccountSettings: AccountSettings;
  AuthorizedApp: AuthorizedApp;
  Backup: Backup;
  BetaProgram: BetaProgram;
  BetaProgramEnrolled: BetaProgramEnrolled;
  ChildAccount: ChildAccount;
  ConsumerImageShareGroup: ConsumerImageShareGroup;
  CreditCard: CreditCard;
  CreditCardData: CreditCardData;
  Database: Database;
  DatabaseBackup: DatabaseBackup;
  DatabaseBackupSnapshot: DatabaseBackupSnapshot;
  DatabaseCredentials: DatabaseCredentials;
  DatabaseEngine: DatabaseEngine;
  DatabaseMySQL: DatabaseMySQL;
  DatabaseMySQLRequest: DatabaseMySQLRequest;
  DatabasePostgreSQL: DatabasePostgreSQL;
  DatabasePostgreSQLRequest: DatabasePostgreSQLRequest;
  DatabaseSSL: DatabaseSSL;
  DatabaseType: DatabaseType;
  DatabaseTypeEngine: DatabaseTypeEngine;
  Device: Device;
  Devices: Devices;
  Disk: Disk;
  DiskRequest: DiskRequest;
  Domain: Domain;
  DomainRecord: DomainRecord;
  EntityTransfer: EntityTransfer;
  ErrorObject: ErrorObject;
  Event: Event;
  Firewall: Firewall;
  FirewallDevices: FirewallDevices;
  FirewallRuleConfig: FirewallRuleConfig;
  GooglePayData: GooglePayData;
  Grant: Grant;
  GrantsResponse: GrantsResponse;
  Image: Image;
  ImageShareEntry: ImageShareEntry;
  ImageShareGroup: ImageShareGroup;
  ImageShareGroupMember: ImageShareGroupMember;
  ImageShareGroupToken: ImageShareGroupToken;
  ImageShareGroupTokenCreated: ImageShareGroupTokenCreated;
  Invoice: Invoice;
  InvoiceItem: InvoiceItem;
  IPAddress: IPAddress;
  IPAddressesAssignRequest: IPAddressesAssignRequest;
  IPAddressesListResponse: IPAddressesListResponse;
  IPAddressesShareRequest: IPAddressesShareRequest;
  IPAddressesVPC: IPAddressesVPC;
  IPAddressPrivate: IPAddressPrivate;
  IPAddressV6LinkLocal: IPAddressV6LinkLocal;
  IPAddressV6Slaac: IPAddressV6Slaac;
  IPv6Pool: IPv6Pool;
  IPv6Range: IPv6Range;
  IPv6RangeBGP: IPv6RangeBGP;
  Kernel: Kernel;
  Linode: Linode;
  LinodeBackupsResponse: LinodeBackupsResponse;
  LinodeConfig: LinodeConfig;
  LinodeConfigInterface: LinodeConfigInterface;
  LinodeInterface: LinodeInterface;
  LinodeInterfaceSettings: LinodeInterfaceSettings;
  LinodeInterfacesUpgrade: LinodeInterfacesUpgrade;
  LinodeIPsResponse: LinodeIPsResponse;
  LinodeMonthlyTransferResponse: LinodeMonthlyTransferResponse;
  LinodeRequest: LinodeRequest;
  LinodeStats: LinodeStats;
  LinodeTransferResponse: LinodeTransferResponse;
  LinodeType: LinodeType;
  LKECluster: LKECluster;
  LKENodePool: LKENodePool;
  LKENodePoolRequestBody: LKENodePoolRequestBody;
  LKENodeStatus: LKENodeStatus;
  LKEVersion: LKEVersion;
  Lock: Lock;
  Login: Login;
  LongviewClient: LongviewClient;
  LongviewPlan: LongviewPlan;
  LongviewSubscription: LongviewSubscription;
  Maintenance: Maintenance;
  ManagedContact: ManagedContact;
  ManagedCredential: ManagedCredential;
  ManagedIssue: ManagedIssue;
  ManagedLinodeSettings: ManagedLinodeSettings;
  ManagedService: ManagedService;
  MonitorAlertChannel: MonitorAlertChannel;
  MonitorAlertDefinition: MonitorAlertDefinition;
  MonitorAlertDefinitionEntity: MonitorAlertDefinitionEntity;
  MonitorDashboard: MonitorDashboard;
  MonitorEntityMetrics: MonitorEntityMetrics;
  MonitorMetricDefinition: MonitorMetricDefinition;
  MonitorService: MonitorService;
  MonitorServiceToken: MonitorServiceToken;
  NodeBalancer: NodeBalancer;
  NodeBalancerConfig: NodeBalancerConfig;
  NodeBalancerNode: NodeBalancerNode;
  NodeBalancerStats: NodeBalancerStats;
  Notification: Notification;
  OAuthClient: OAuthClient;
  ObjectStorageBucket: ObjectStorageBucket;
  ObjectStorageCluster: ObjectStorageCluster;
  ObjectStorageKey: ObjectStorageKey;
  ObjectStorageObject: ObjectStorageObject;
  ObjectStorageSSL: ObjectStorageSSL;
  ObjectStorageSSLResponse: ObjectStorageSSLResponse;
  PaginationEnvelope: PaginationEnvelope;
  Payment: Payment;
  PaymentMethod: PaymentMethod;
  PaymentRequest: PaymentRequest;
  PayPal: PayPal;
  PayPalData: PayPalData;
  PayPalExecute: PayPalExecute;
  PersonalAccessToken: PersonalAccessToken;
  PlacementGroup: PlacementGroup;
  Profile: Profile;
  Promotion: Promotion;
  ProxyUserToken: ProxyUserToken;
  Region: Region;
  RegionAvailability: RegionAvailability;
  RescueDevices: RescueDevices;
  SecurityQuestion: SecurityQuestion;
  SecurityQuestionsGet: SecurityQuestionsGet;
  SecurityQuestionsPost: SecurityQuestionsPost;
  ServiceTransfer: ServiceTransfer;
  SSHKey: SSHKey;
  StackScript: StackScript;
  StatsData: StatsData;
  StatsDataAvailable: StatsDataAvailable;
  SupportTicket: SupportTicket;
  SupportTicketReply: SupportTicketReply;
  SupportTicketRequest: SupportTicketRequest;
  Tag: Tag;
  Transfer: Transfer;
  TrustedDevice: TrustedDevice;
  User: User;
  UserDefinedField: UserDefinedField;
  UserType: UserType;
  Vlans: Vlans;
  Volume: Volume;
  VPC: VPC;
  VPCSubnet: VPCSubnet;
  WarningObject: WarningObject;
}
