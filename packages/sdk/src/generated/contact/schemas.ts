// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/contact/schemas/user.yaml

/** A name in the languages the tenant filled in; a language left empty is omitted. */
export interface I18nName {
  /** The name in Simplified Chinese. */
  zh_cn?: string;
  /** The name in Japanese. */
  ja_jp?: string;
  /** The name in English. */
  en_us?: string;
}

/**
 * A user's directory profile. Which members are filled in depends on the field-level contact scopes
 * the app holds: ids, name and avatar need only the basic scope, while mobile, email, employee number,
 * departments and similar members each need their own scope and are left out otherwise.
 */
export interface User {
  /** The user's union_id (on_…), the same for every app of one developer. */
  union_id?: string;
  /** The user's tenant-wide user_id; only returned when the app may read employee ids. */
  user_id?: string;
  /** The user's open_id (ou_…) as seen by this app. */
  open_id?: string;
  /** Display name of the user. */
  name: string;
  /** English name of the user, if set. */
  en_name?: string;
  /** Nickname (alias) of the user, if set. */
  nickname?: string;
  /**
   * The user's email address; needs the email field scope.
   *
   * Constraints: format email.
   */
  email?: string;
  /**
   * The user's mobile number with country code (e.g. +8613800000000); needs the phone field scope. The
   * SDK types mark it as always present, but it is missing when that scope is not granted.
   */
  mobile?: string;
  /** Whether other members may see the mobile number. */
  mobile_visible?: boolean;
  /** Gender: 0 unspecified, 1 male, 2 female, 3 other. */
  gender?: number;
  /** Profile picture links. */
  avatar?: UserAvatar;
  /** Account state flags. */
  status?: UserStatus;
  /** Ids of the departments the user belongs to, in the type chosen by department_id_type. */
  department_ids?: string[];
  /** Id of the user's direct manager, in the type chosen by user_id_type. */
  leader_user_id?: string;
  /** City of the user's workplace. */
  city?: string;
  /** Country or region of the user's workplace. */
  country?: string;
  /** Desk or workstation label. */
  work_station?: string;
  /** Date the user joined the organisation, as Unix seconds. */
  join_time?: number;
  /** True if the user is an administrator of the tenant. */
  is_tenant_manager?: boolean;
  /** Employee number assigned by the organisation. */
  employee_no?: string;
  /**
   * Kind of employment. Built-in values are 1 regular, 2 intern, 3 outsourced, 4 contractor and 5
   * consultant; tenants may define further values.
   */
  employee_type?: number;
  /** Positions the user holds in departments. */
  positions?: UserPositionsItem[];
  /** Where the user is sorted within each of their departments. */
  orders?: UserOrdersItem[];
  /** Values of the tenant's custom profile fields. */
  custom_attrs?: UserCustomAttrsItem[];
  /**
   * Mailbox address issued by the tenant's own mail service.
   *
   * Constraints: format email.
   */
  enterprise_email?: string;
  /** Identity provider type of the account. */
  idp_type?: string;
  /** The user's time zone as an IANA name, e.g. Asia/Shanghai. */
  time_zone?: string;
  /** Free-text personal description (signature). */
  description?: string;
  /** Job title shown on the profile. */
  job_title?: string;
  /** Whether the platform notified the user when the account was created. */
  need_send_notification?: boolean;
  /** How the user was notified when the account was created. */
  notification_option?: UserNotificationOption;
  /** True if the account is suspended (same meaning as status.is_frozen). */
  is_frozen?: boolean;
  /** Data residency region of the user. */
  geo?: string;
  /** Id of the user's job level. */
  job_level_id?: string;
  /** Id of the user's job family. */
  job_family_id?: string;
  /** Ids of the seat licences assigned to the user. */
  subscription_ids?: string[];
  /** Details of the licences assigned to the user. */
  assign_info?: UserAssignInfoItem[];
  /** For each of the user's departments, the chain of departments above it. */
  department_path?: UserDepartmentPathItem[];
  /** Ids of the user's dotted-line (indirect) managers. */
  dotted_line_leader_user_ids?: string[];
}

export interface UserPositionsItem {
  /** Code of the position. */
  position_code?: string;
  /** Name of the position. */
  position_name?: string;
  /** Department in which the position is held. */
  department_id?: string;
  /** Manager for this position. */
  leader_user_id?: string;
  /** Code of the manager's position. */
  leader_position_code?: string;
  /** True for the user's main position. */
  is_major?: boolean;
}

export interface UserOrdersItem {
  /** The department this ordering applies to. */
  department_id?: string;
  /** Sort key of the user among the department's members. */
  user_order?: number;
  /** Sort key of this department among the user's departments. */
  department_order?: number;
  /** True for the user's primary department. */
  is_primary_dept?: boolean;
}

export interface UserCustomAttrsItem {
  /** Kind of custom field, such as TEXT, HREF, ENUMERATION, PICTURE_ENUM or GENERIC_USER. */
  type?: string;
  /** Id of the custom field. */
  id?: string;
  /** The value; which members are set depends on the field kind. */
  value?: UserCustomAttrsItemValue;
}

export interface UserCustomAttrsItemValue {
  /** Text of a text field, or the title of a link field. */
  text?: string;
  /** Link target of a link field. */
  url?: string;
  /** Link target used on desktop clients. */
  pc_url?: string;
  /** Chosen option of an enumeration field. */
  option_id?: string;
  /** Display value of the chosen option. */
  option_value?: string;
  /** Name of the chosen picture option. */
  name?: string;
  /** Picture of the chosen picture option. */
  picture_url?: string;
  /** A person referenced by a user-type field. */
  generic_user?: UserCustomAttrsItemValueGenericUser;
}

export interface UserCustomAttrsItemValueGenericUser {
  /** Id of the referenced user. */
  id: string;
  /** Kind of reference; 1 means a user. */
  type: number;
}

export interface UserNotificationOption {
  /** Notification channels used, such as sms or email. */
  channels?: string[];
  /**
   * Language of the notification.
   *
   * - `zh-CN`: Simplified Chinese
   * - `en-US`: English
   * - `ja-JP`: Japanese
   */
  language?: 'zh-CN' | 'en-US' | 'ja-JP';
}

export interface UserAssignInfoItem {
  /** Id of the licence subscription. */
  subscription_id?: string;
  /** Key of the licence plan. */
  license_plan_key?: string;
  /** Name of the licensed product. */
  product_name?: string;
  /** Localised names of the product. */
  i18n_name?: I18nName;
  /** Start of the licence period. */
  start_time?: string;
  /** End of the licence period. */
  end_time?: string;
}

export interface UserDepartmentPathItem {
  /** Id of the department. */
  department_id?: string;
  /** Name of the department. */
  department_name?: UserDepartmentPathItemDepartmentName;
  /** The departments from the top of the organisation down to this one. */
  department_path?: UserDepartmentPathItemDepartmentPath;
}

export interface UserDepartmentPathItemDepartmentName {
  /** Default name. */
  name?: string;
  /** Localised names. */
  i18n_name?: I18nName;
}

export interface UserDepartmentPathItemDepartmentPath {
  /** Ids along the path. */
  department_ids?: string[];
  /** The path written out as names. */
  department_path_name?: UserDepartmentPathItemDepartmentPathDepartmentPathName;
}

export interface UserDepartmentPathItemDepartmentPathDepartmentPathName {
  /** Default form of the path name. */
  name?: string;
  /** Localised forms of the path name. */
  i18n_name?: I18nName;
}

/** Links to the user's profile picture in several sizes. */
export interface UserAvatar {
  /**
   * URL of the 72 × 72 pixel picture.
   *
   * Constraints: format uri.
   */
  avatar_72?: string;
  /**
   * URL of the 240 × 240 pixel picture.
   *
   * Constraints: format uri.
   */
  avatar_240?: string;
  /**
   * URL of the 640 × 640 pixel picture.
   *
   * Constraints: format uri.
   */
  avatar_640?: string;
  /**
   * URL of the picture as it was uploaded.
   *
   * Constraints: format uri.
   */
  avatar_origin?: string;
}

/** The minimal profile of a user, enough to show a name in place of an id. */
export interface UserBasic {
  /** The user's id, in the type chosen by user_id_type. */
  user_id?: string;
  /** Display name of the user. */
  name?: string;
  /** The name in other languages, where the tenant set them. */
  i18n_name?: I18nName;
}

/** Account state flags of the user. */
export interface UserStatus {
  /** True if an administrator has suspended the account. */
  is_frozen?: boolean;
  /** True if the user has left the organisation. */
  is_resigned?: boolean;
  /** True once the user has activated the account. */
  is_activated?: boolean;
  /** True if the user has signed out of the tenant themselves. */
  is_exited?: boolean;
  /** True if the user was invited but has not accepted the invitation yet. */
  is_unjoin?: boolean;
}
