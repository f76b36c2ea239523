// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/tags.yaml

import { defineMethod } from '../../core/method.js';
import { imTagsCreateDescriptor } from './descriptors/im.tags.create.js';
import { imTagsPatchDescriptor } from './descriptors/im.tags.patch.js';

/** JSON body of `im.tags.create`. */
export interface ImTagsCreateData {
  /** The tag to create. */
  create_tag: ImTagsCreateDataCreateTag;
  /**
   * Id of the bot to act as. Present only in the official SDK's request types and not described by the
   * platform; leave it out unless you know you need it.
   */
  bot_id?: string;
}

export interface ImTagsCreateDataCreateTag {
  /**
   * Kind of tag.
   *
   * - `tenant`: A tag owned by the tenant and usable across its chats.
   */
  tag_type: 'tenant';
  /** Default name of the tag, shown where no name exists for the reader's language. */
  name: string;
  /**
   * Names of the tag in other languages (at most 40 entries).
   *
   * Constraints: at most 40 items.
   */
  i18n_names?: ImTagsCreateDataCreateTagI18nNamesItem[];
}

export interface ImTagsCreateDataCreateTagI18nNamesItem {
  /** Language code, e.g. zh_cn, en_us or ja_jp. */
  locale: string;
  /** The tag's name in that language. */
  name?: string;
}

/** A call of `im.tags.create`. */
export interface ImTagsCreateRequest {
  /** JSON body. */
  data: ImTagsCreateData;
}

/** The data of a successful `im.tags.create`. */
export interface ImTagsCreateResponse {
  /** Id of the new tag; use it to rename the tag or attach it to chats. */
  id?: string;
  /** Present when the tag was not created. */
  create_tag_fail_reason?: ImTagsCreateResponseCreateTagFailReason;
}

export interface ImTagsCreateResponseCreateTagFailReason {
  /** Id of the existing tag that already carries the requested name. */
  duplicate_id?: string;
}

/**
 * Create a tenant tag
 *
 * Creates a tag in the app's tenant and returns its id. Bot identity only. If a tag with the same name
 * already exists, no new tag is made and the answer names the existing one in create_tag_fail_reason.
 *
 * - Identities: bot (`im:tag:write`)
 * - Risk: write
 * - Rate limit: 5/s
 *
 * @see specs/im/resources/tags.yaml:7 (`POST /open-apis/im/v2/tags`)
 */
export const imTagsCreate = /* @__PURE__ */ defineMethod<ImTagsCreateRequest, ImTagsCreateResponse>(imTagsCreateDescriptor);

/** Path parameters of `im.tags.patch`. */
export interface ImTagsPatchPath {
  /** Id of the tag to change. */
  tag_id: string;
}

/** JSON body of `im.tags.patch`. */
export interface ImTagsPatchData {
  /** The new names; members left out keep their current value. */
  patch_tag?: ImTagsPatchDataPatchTag;
  /**
   * Id of the bot to act as. Present only in the official SDK's request types and not described by the
   * platform; leave it out unless you know you need it.
   */
  bot_id?: string;
}

export interface ImTagsPatchDataPatchTag {
  /** Id of the tag; if sent it must equal tag_id in the path. */
  id?: string;
  /** New default name. */
  name?: string;
  /**
   * New names in other languages (at most 40 entries).
   *
   * Constraints: at most 40 items.
   */
  i18n_names?: ImTagsPatchDataPatchTagI18nNamesItem[];
}

export interface ImTagsPatchDataPatchTagI18nNamesItem {
  /** Language code, e.g. zh_cn, en_us or ja_jp. */
  locale: string;
  /** The tag's name in that language. */
  name?: string;
}

/** A call of `im.tags.patch`. */
export interface ImTagsPatchRequest {
  /** Path parameters. */
  path: ImTagsPatchPath;
  /** JSON body. */
  data?: ImTagsPatchData;
}

/** The data of a successful `im.tags.patch`. */
export interface ImTagsPatchResponse {
  /** The tag after the change. */
  tag_info?: ImTagsPatchResponseTagInfo;
  /** Present when the change was refused. */
  patch_tag_fail_reason?: ImTagsPatchResponsePatchTagFailReason;
}

export interface ImTagsPatchResponseTagInfo {
  /** Id of the tag. */
  id?: string;
  /** Kind of tag; tenant for tags owned by the tenant. */
  tag_type?: string;
  /** Default name of the tag. */
  name?: string;
  /** Names of the tag in other languages. */
  i18n_names?: ImTagsPatchResponseTagInfoI18nNamesItem[];
  /** When the tag was created, as a Unix timestamp carried in a string. */
  create_time?: string;
  /** When the tag was last changed, as a Unix timestamp carried in a string. */
  update_time?: string;
}

export interface ImTagsPatchResponseTagInfoI18nNamesItem {
  /** Language code, e.g. zh_cn, en_us or ja_jp. */
  locale?: string;
  /** The name in that language. */
  name?: string;
}

export interface ImTagsPatchResponsePatchTagFailReason {
  /** Id of the other tag that already carries the requested name. */
  duplicate_id?: string;
}

/**
 * Rename a tenant tag
 *
 * Changes a tag's default name and/or its names per language and returns the tag as it now stands. Bot
 * identity only. If the new name is already used by another tag, nothing changes and
 * patch_tag_fail_reason names that tag.
 *
 * - Identities: bot (`im:tag:write`)
 * - Risk: write
 * - Rate limit: 5/s
 *
 * @see specs/im/resources/tags.yaml:120 (`PATCH /open-apis/im/v2/tags/{tag_id}`)
 */
export const imTagsPatch = /* @__PURE__ */ defineMethod<ImTagsPatchRequest, ImTagsPatchResponse>(imTagsPatchDescriptor);

/**
 * Tenant tags: labels owned by the tenant, with a default name and optional names per language, that
 * apps attach to group chats through biz_entity_tag_relation.
 */
export const imTags = {
  /** Create a tenant tag */
  create: imTagsCreate,
  /** Rename a tenant tag */
  patch: imTagsPatch,
};
