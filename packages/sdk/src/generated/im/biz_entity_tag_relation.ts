// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/biz_entity_tag_relation.yaml

import { defineMethod } from '../../core/method.js';
import { imBizEntityTagRelationCreateDescriptor } from './descriptors/im.biz_entity_tag_relation.create.js';
import { imBizEntityTagRelationGetDescriptor } from './descriptors/im.biz_entity_tag_relation.get.js';
import { imBizEntityTagRelationUpdateDescriptor } from './descriptors/im.biz_entity_tag_relation.update.js';

/** JSON body of `im.biz_entity_tag_relation.create`. */
export interface ImBizEntityTagRelationCreateData {
  /**
   * Kind of entity being tagged.
   *
   * - `chat`: A group chat; biz_entity_id is then its chat_id.
   */
  tag_biz_type: 'chat';
  /** Open id of the entity; for a chat, its chat_id (oc_…). */
  biz_entity_id: string;
  /** Ids of the tags to attach, as returned when the tags were created. */
  tag_ids?: string[];
  /**
   * Id of the bot to act as. Present only in the official SDK's request types and not described by the
   * platform; leave it out unless you know you need it.
   */
  bot_id?: string;
}

/** A call of `im.biz_entity_tag_relation.create`. */
export interface ImBizEntityTagRelationCreateRequest {
  /** JSON body. */
  data: ImBizEntityTagRelationCreateData;
}

/** Empty on success. */
export type ImBizEntityTagRelationCreateResponse = Record<string, never>;

/**
 * Attach tenant tags to a group chat
 *
 * Adds the listed tags to a business entity (a group chat). Tags already on the chat stay there. Bot
 * identity only; the tags must be tenant tags of the same tenant.
 *
 * - Identities: bot (`im:biz_entity_tag_relation:write`)
 * - Risk: write
 * - Rate limit: 5/s
 *
 * @see specs/im/resources/biz_entity_tag_relation.yaml:8 (`POST /open-apis/im/v2/biz_entity_tag_relation`)
 */
export const imBizEntityTagRelationCreate = /* @__PURE__ */ defineMethod<ImBizEntityTagRelationCreateRequest, ImBizEntityTagRelationCreateResponse>(imBizEntityTagRelationCreateDescriptor);

/** Query parameters of `im.biz_entity_tag_relation.get`. */
export interface ImBizEntityTagRelationGetParams {
  /**
   * Kind of entity to look at.
   *
   * - `chat`: A group chat; biz_entity_id is then its chat_id.
   */
  tag_biz_type: 'chat';
  /** Open id of the entity; for a chat, its chat_id (oc_…). */
  biz_entity_id: string;
  /**
   * Id of the bot to act as. Present only in the official SDK's request types and not described by the
   * platform; leave it out unless you know you need it.
   */
  bot_id?: string;
}

/** A call of `im.biz_entity_tag_relation.get`. */
export interface ImBizEntityTagRelationGetRequest {
  /** Query parameters. */
  params: ImBizEntityTagRelationGetParams;
}

/** The data of a successful `im.biz_entity_tag_relation.get`. */
export interface ImBizEntityTagRelationGetResponse {
  /** The tags attached to the entity, each with the version of its link. */
  tag_info_with_bind_versions?: ImBizEntityTagRelationGetResponseTagInfoWithBindVersionsItem[];
}

export interface ImBizEntityTagRelationGetResponseTagInfoWithBindVersionsItem {
  /** The tag itself. */
  tag_info?: ImBizEntityTagRelationGetResponseTagInfoWithBindVersionsItemTagInfo;
  /** Version stamp of the link between this tag and the entity. */
  bind_version?: string;
}

export interface ImBizEntityTagRelationGetResponseTagInfoWithBindVersionsItemTagInfo {
  /** Id of the tag. */
  id?: string;
  /** Kind of tag; tenant for tags owned by the tenant. */
  tag_type?: string;
  /** Default name of the tag. */
  name?: string;
  /** Names of the tag in other languages. */
  i18n_names?: ImBizEntityTagRelationGetResponseTagInfoWithBindVersionsItemTagInfoI18nNamesItem[];
  /** When the tag was created, as a Unix timestamp carried in a string. */
  create_time?: string;
  /** When the tag was last changed, as a Unix timestamp carried in a string. */
  update_time?: string;
}

export interface ImBizEntityTagRelationGetResponseTagInfoWithBindVersionsItemTagInfoI18nNamesItem {
  /** Language code, e.g. zh_cn, en_us or ja_jp. */
  locale?: string;
  /** The name in that language. */
  name?: string;
}

/**
 * List the tenant tags attached to a group chat
 *
 * Returns every tag attached to one business entity (a group chat), with the tag's names and the
 * version of each link. Bot identity only.
 *
 * - Identities: bot (one of `im:biz_entity_tag_relation:read`, `im:tag:read`)
 * - Risk: read
 * - Rate limit: 5/s
 *
 * @see specs/im/resources/biz_entity_tag_relation.yaml:79 (`GET /open-apis/im/v2/biz_entity_tag_relation`)
 */
export const imBizEntityTagRelationGet = /* @__PURE__ */ defineMethod<ImBizEntityTagRelationGetRequest, ImBizEntityTagRelationGetResponse>(imBizEntityTagRelationGetDescriptor);

/** JSON body of `im.biz_entity_tag_relation.update`. */
export interface ImBizEntityTagRelationUpdateData {
  /**
   * Kind of entity to untag.
   *
   * - `chat`: A group chat; biz_entity_id is then its chat_id.
   */
  tag_biz_type: 'chat';
  /** Open id of the entity; for a chat, its chat_id (oc_…). */
  biz_entity_id: string;
  /** Ids of the tags to detach. */
  tag_ids?: string[];
  /**
   * Id of the bot to act as. Present only in the official SDK's request types and not described by the
   * platform; leave it out unless you know you need it.
   */
  bot_id?: string;
}

/** A call of `im.biz_entity_tag_relation.update`. */
export interface ImBizEntityTagRelationUpdateRequest {
  /** JSON body. */
  data: ImBizEntityTagRelationUpdateData;
}

/** Empty on success. */
export type ImBizEntityTagRelationUpdateResponse = Record<string, never>;

/**
 * Detach tenant tags from a group chat
 *
 * Removes the listed tags from a business entity (a group chat); the tags themselves remain and can be
 * attached again. Despite the PUT verb this is the unbinding operation. Bot identity only.
 *
 * - Identities: bot (`im:biz_entity_tag_relation:write`)
 * - Risk: write
 * - Rate limit: 5/s
 *
 * @see specs/im/resources/biz_entity_tag_relation.yaml:185 (`PUT /open-apis/im/v2/biz_entity_tag_relation`)
 */
export const imBizEntityTagRelationUpdate = /* @__PURE__ */ defineMethod<ImBizEntityTagRelationUpdateRequest, ImBizEntityTagRelationUpdateResponse>(imBizEntityTagRelationUpdateDescriptor);

/**
 * The links between tenant tags and the business entities they label. Group chats are currently the
 * only kind of entity: an app can attach its tenant's tags to a chat, detach them, and read which tags
 * a chat carries. Tags themselves are created and renamed through the tags resource.
 */
export const imBizEntityTagRelation = {
  /** Attach tenant tags to a group chat */
  create: imBizEntityTagRelationCreate,
  /** List the tenant tags attached to a group chat */
  get: imBizEntityTagRelationGet,
  /** Detach tenant tags from a group chat */
  update: imBizEntityTagRelationUpdate,
};
