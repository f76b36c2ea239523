// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/cards/card-v2.schema.json

/** What happens on interaction: open a URL, send a callback to the app, or submit/reset the enclosing form. */
export interface CardBehavior {
  type: "open_url" | "callback" | "form_action";
  default_url?: string;
  pc_url?: string;
  ios_url?: string;
  android_url?: string;
  /** Sent back in the card.action.trigger callback. */
  value?: unknown;
  behavior?: "submit" | "reset";
}

export type CardBehaviors = Array<CardBehavior>;

/** A button that opens a link, calls back the app or submits a form. */
export interface CardButton {
  tag: "button";
  element_id?: CardElementId;
  margin?: CardSpacing;
  text: CardPlainText;
  type?: "default" | "primary" | "danger" | "text" | "primary_text" | "danger_text" | "primary_filled" | "danger_filled" | "laser";
  size?: "tiny" | "small" | "medium" | "large";
  /** default, fill, or a pixel width such as "200px". */
  width?: string;
  icon?: CardIcon;
  form_action_type?: "submit" | "reset";
  complex_interaction?: boolean;
  /** Field name; the key of this value in a form submission. */
  name?: string;
  required?: boolean;
  behaviors?: CardBehaviors;
  confirm?: CardConfirm;
  disabled?: boolean;
  disabled_tips?: CardPlainText;
  hover_tips?: CardPlainText;
}

/** A chart drawn from a VChart spec. */
export interface CardChart {
  tag: "chart";
  element_id?: CardElementId;
  margin?: CardSpacing;
  chart_spec: Record<string, unknown>;
  aspect_ratio?: "1:1" | "2:1" | "4:3" | "16:9";
  color_theme?: "brand" | "rainbow" | "complementary" | "converse" | "primary";
  preview?: boolean;
  height?: string;
}

/** A check box with a label. */
export interface CardChecker {
  tag: "checker";
  element_id?: CardElementId;
  margin?: CardSpacing;
  /** Field name; the key of this value in a form submission. */
  name?: string;
  required?: boolean;
  checked?: boolean;
  text: CardPlainText;
  overall_checkable?: boolean;
  button_area?: Record<string, unknown>;
  checked_style?: Record<string, unknown>;
  padding?: CardSpacing;
  behaviors?: CardBehaviors;
  confirm?: CardConfirm;
  disabled?: boolean;
  disabled_tips?: CardPlainText;
  hover_tips?: CardPlainText;
}

/** A section the reader can fold and unfold. */
export interface CardCollapsiblePanel {
  tag: "collapsible_panel";
  element_id?: CardElementId;
  margin?: CardSpacing;
  expanded?: boolean;
  direction?: "vertical" | "horizontal";
  vertical_spacing?: string;
  horizontal_spacing?: string;
  background_color?: CardColor;
  padding?: CardSpacing;
  header: {
    title: CardPlainText;
    background_color?: CardColor;
    vertical_align?: "top" | "center" | "bottom";
    padding?: CardSpacing;
    position?: "top" | "bottom";
    width?: string;
    icon?: CardIcon;
    icon_position?: "left" | "right" | "follow_text";
    icon_expanded_angle?: -180 | -90 | 90 | 180;
  };
  border?: {
    color?: CardColor;
    corner_radius?: string;
  };
  elements: CardNestedElements;
}

/** A colour name from the card palette (grey, red, orange-500, …), or default. */
export type CardColor = string;

/** One column of a column_set. */
export interface CardColumn {
  tag: "column";
  element_id?: CardElementId;
  margin?: CardSpacing;
  /** auto, weighted (share by weight) or a pixel width. */
  width?: string;
  weight?: number;
  background_style?: CardColor;
  padding?: CardSpacing;
  vertical_spacing?: string;
  horizontal_spacing?: string;
  vertical_align?: "top" | "center" | "bottom";
  horizontal_align?: "left" | "center" | "right";
  direction?: "vertical" | "horizontal";
  action?: {
    multi_url?: CardUrl;
  };
  elements?: CardNestedElements;
}

/** Columns side by side. */
export interface CardColumnSet {
  tag: "column_set";
  element_id?: CardElementId;
  margin?: CardSpacing;
  flex_mode?: "none" | "stretch" | "flow" | "bisect" | "trisect";
  horizontal_spacing?: string;
  horizontal_align?: "left" | "center" | "right";
  background_style?: CardColor;
  columns: Array<CardColumn>;
  action?: {
    multi_url?: CardUrl;
  };
}

/** A confirmation dialog shown before the action. */
export interface CardConfirm {
  title: CardPlainText;
  text: CardPlainText;
}

/** A component inside an interactive_container: no form, no table. */
export type CardContainerElement = CardMarkdown | CardDiv | CardHr | CardImg | CardImgCombination | CardChart | CardPerson | CardPersonList | CardButton | CardOverflow | CardInput | CardSelectStatic | CardMultiSelectStatic | CardSelectPerson | CardMultiSelectPerson | CardDatePicker | CardPickerTime | CardPickerDatetime | CardChecker | CardSelectImg | CardColumnSet | CardInteractiveContainer | CardCollapsiblePanel;

export type CardContainerElements = Array<CardContainerElement>;

/** Pick a date. */
export interface CardDatePicker {
  tag: "date_picker";
  element_id?: CardElementId;
  margin?: CardSpacing;
  /** Field name; the key of this value in a form submission. */
  name?: string;
  required?: boolean;
  placeholder?: CardPlainText;
  /** default, fill, or a pixel width such as "200px". */
  width?: string;
  initial_date?: string;
  value?: unknown;
  behaviors?: CardBehaviors;
  confirm?: CardConfirm;
  disabled?: boolean;
  disabled_tips?: CardPlainText;
  hover_tips?: CardPlainText;
}

/** A text block with optional side-by-side fields. */
export interface CardDiv {
  tag: "div";
  element_id?: CardElementId;
  margin?: CardSpacing;
  text?: CardPlainText;
  fields?: Array<{
    is_short?: boolean;
    text: CardPlainText;
  }>;
  icon?: CardIcon;
  width?: string;
}

/** Unique id within the card: a letter, then letters, digits or _, at most 20 characters. */
export type CardElementId = string;

/** A form: its inputs are sent together when a submit button is pressed. */
export interface CardForm {
  tag: "form";
  element_id?: CardElementId;
  margin?: CardSpacing;
  /** Form name, unique in the card. */
  name: string;
  direction?: "vertical" | "horizontal";
  padding?: CardSpacing;
  vertical_spacing?: string;
  horizontal_spacing?: string;
  horizontal_align?: "left" | "center" | "right";
  vertical_align?: "top" | "center" | "bottom";
  elements: CardFormElements;
}

/** A component inside a form: anything but another form or a table. */
export type CardFormElement = CardMarkdown | CardDiv | CardHr | CardImg | CardImgCombination | CardChart | CardPerson | CardPersonList | CardButton | CardOverflow | CardInput | CardSelectStatic | CardMultiSelectStatic | CardSelectPerson | CardMultiSelectPerson | CardDatePicker | CardPickerTime | CardPickerDatetime | CardChecker | CardSelectImg | CardColumnSet | CardInteractiveContainer | CardCollapsiblePanel;

export type CardFormElements = Array<CardFormElement>;

/** A horizontal divider. */
export interface CardHr {
  tag: "hr";
  element_id?: CardElementId;
  margin?: CardSpacing;
}

/** A standard icon (token) or custom icon (img_key). */
export interface CardIcon {
  tag: "standard_icon" | "custom_icon";
  /** Icon name from the standard icon set, e.g. calendar_colorful. */
  token?: string;
  color?: CardColor;
  img_key?: string;
  size?: string;
}

/** An image uploaded with the image API. */
export interface CardImg {
  tag: "img";
  element_id?: CardElementId;
  margin?: CardSpacing;
  /** image_key returned by the image upload. */
  img_key: string;
  alt?: CardPlainText;
  title?: CardPlainText;
  corner_radius?: string;
  scale_type?: "crop_center" | "crop_top" | "fit_horizontal";
  size?: string;
  transparent?: boolean;
  preview?: boolean;
  mode?: string;
}

/** Two to nine images in a grid. */
export interface CardImgCombination {
  tag: "img_combination";
  element_id?: CardElementId;
  margin?: CardSpacing;
  combination_mode: "double" | "triple" | "bisect" | "trisect";
  corner_radius?: string;
  img_list: Array<{
    img_key: string;
  }>;
}

/** A text box. */
export interface CardInput {
  tag: "input";
  element_id?: CardElementId;
  margin?: CardSpacing;
  /** Field name; the key of this value in a form submission. */
  name?: string;
  required?: boolean;
  placeholder?: CardPlainText;
  default_value?: string;
  /** default, fill, or a pixel width such as "200px". */
  width?: string;
  max_length?: number;
  input_type?: "text" | "multiline_text" | "password";
  show_icon?: boolean;
  rows?: number;
  auto_resize?: boolean;
  max_rows?: number;
  label?: CardPlainText;
  label_position?: "top" | "left";
  value?: unknown;
  fallback?: Record<string, unknown>;
  behaviors?: CardBehaviors;
  confirm?: CardConfirm;
  disabled?: boolean;
  disabled_tips?: CardPlainText;
  hover_tips?: CardPlainText;
}

/** A clickable area holding other components. */
export interface CardInteractiveContainer {
  tag: "interactive_container";
  element_id?: CardElementId;
  margin?: CardSpacing;
  width?: string;
  height?: string;
  direction?: "vertical" | "horizontal";
  background_style?: CardColor;
  has_border?: boolean;
  border_color?: CardColor;
  corner_radius?: string;
  padding?: CardSpacing;
  vertical_spacing?: string;
  horizontal_spacing?: string;
  vertical_align?: "top" | "center" | "bottom";
  horizontal_align?: "left" | "center" | "right";
  elements: CardContainerElements;
  behaviors?: CardBehaviors;
  confirm?: CardConfirm;
  disabled?: boolean;
  disabled_tips?: CardPlainText;
  hover_tips?: CardPlainText;
}

/** Rich text in lark Markdown (headings ## only, lists, links, <at>, <font color>). */
export interface CardMarkdown {
  tag: "markdown";
  element_id?: CardElementId;
  margin?: CardSpacing;
  content: string;
  /** Texts by locale (zh_cn, en_us, ja_jp, …). */
  i18n_content?: Record<string, string>;
  text_size?: "heading-0" | "heading-1" | "heading-2" | "heading-3" | "heading-4" | "heading" | "normal" | "notation" | "xxxx-large" | "xxx-large" | "xx-large" | "x-large" | "large" | "medium" | "small" | "x-small";
  text_align?: "left" | "center" | "right";
  icon?: CardIcon;
  href?: Record<string, CardUrl>;
}

/** Pick several people. */
export interface CardMultiSelectPerson {
  tag: "multi_select_person";
  element_id?: CardElementId;
  margin?: CardSpacing;
  /** Field name; the key of this value in a form submission. */
  name?: string;
  required?: boolean;
  type?: "default" | "text";
  placeholder?: CardPlainText;
  /** default, fill, or a pixel width such as "200px". */
  width?: string;
  selected_values?: Array<string>;
  options?: Array<CardPersonOption>;
  value?: unknown;
  behaviors?: CardBehaviors;
  confirm?: CardConfirm;
  disabled?: boolean;
  disabled_tips?: CardPlainText;
  hover_tips?: CardPlainText;
}

/** A multiple-choice drop-down. */
export interface CardMultiSelectStatic {
  tag: "multi_select_static";
  element_id?: CardElementId;
  margin?: CardSpacing;
  /** Field name; the key of this value in a form submission. */
  name?: string;
  required?: boolean;
  type?: "default" | "text";
  placeholder?: CardPlainText;
  /** default, fill, or a pixel width such as "200px". */
  width?: string;
  selected_values?: Array<string>;
  options: Array<CardOption>;
  value?: unknown;
  behaviors?: CardBehaviors;
  confirm?: CardConfirm;
  disabled?: boolean;
  disabled_tips?: CardPlainText;
  hover_tips?: CardPlainText;
}

/** A component inside a column or collapsible panel: anything but table. */
export type CardNestedElement = CardMarkdown | CardDiv | CardHr | CardImg | CardImgCombination | CardChart | CardPerson | CardPersonList | CardButton | CardOverflow | CardInput | CardSelectStatic | CardMultiSelectStatic | CardSelectPerson | CardMultiSelectPerson | CardDatePicker | CardPickerTime | CardPickerDatetime | CardChecker | CardSelectImg | CardColumnSet | CardInteractiveContainer | CardCollapsiblePanel | CardForm;

export type CardNestedElements = Array<CardNestedElement>;

export interface CardOption {
  text?: CardPlainText;
  value: string;
  icon?: CardIcon;
}

/** A "…" menu of options. */
export interface CardOverflow {
  tag: "overflow";
  element_id?: CardElementId;
  margin?: CardSpacing;
  /** default, fill, or a pixel width such as "200px". */
  width?: string;
  options: Array<{
    text: CardPlainText;
    value?: string;
    multi_url?: CardUrl;
  }>;
  value?: unknown;
  behaviors?: CardBehaviors;
  confirm?: CardConfirm;
  disabled?: boolean;
  disabled_tips?: CardPlainText;
  hover_tips?: CardPlainText;
}

/** One person with avatar and name. */
export interface CardPerson {
  tag: "person";
  element_id?: CardElementId;
  margin?: CardSpacing;
  user_id: string;
  size?: "extra_small" | "small" | "medium" | "large";
  show_avatar?: boolean;
  show_name?: boolean;
  style?: "normal" | "capsule";
}

export interface CardPersonOption {
  /** open_id of the person. */
  value: string;
}

/** A row of people. */
export interface CardPersonList {
  tag: "person_list";
  element_id?: CardElementId;
  margin?: CardSpacing;
  persons: Array<{
    /** open_id of the person. */
    id: string;
  }>;
  size?: "extra_small" | "small" | "medium" | "large";
  lines?: number;
  show_name?: boolean;
  show_avatar?: boolean;
  icon?: CardIcon;
  drop_invalid_user_id?: boolean;
}

/** Pick a date and time. */
export interface CardPickerDatetime {
  tag: "picker_datetime";
  element_id?: CardElementId;
  margin?: CardSpacing;
  /** Field name; the key of this value in a form submission. */
  name?: string;
  required?: boolean;
  placeholder?: CardPlainText;
  /** default, fill, or a pixel width such as "200px". */
  width?: string;
  initial_datetime?: string;
  value?: unknown;
  behaviors?: CardBehaviors;
  confirm?: CardConfirm;
  disabled?: boolean;
  disabled_tips?: CardPlainText;
  hover_tips?: CardPlainText;
}

/** Pick a time of day. */
export interface CardPickerTime {
  tag: "picker_time";
  element_id?: CardElementId;
  margin?: CardSpacing;
  /** Field name; the key of this value in a form submission. */
  name?: string;
  required?: boolean;
  placeholder?: CardPlainText;
  /** default, fill, or a pixel width such as "200px". */
  width?: string;
  initial_time?: string;
  value?: unknown;
  behaviors?: CardBehaviors;
  confirm?: CardConfirm;
  disabled?: boolean;
  disabled_tips?: CardPlainText;
  hover_tips?: CardPlainText;
}

/** A text object: plain_text or lark_md. */
export interface CardPlainText {
  tag: "plain_text" | "lark_md";
  content?: string;
  /** Texts by locale (zh_cn, en_us, ja_jp, …). */
  i18n_content?: Record<string, string>;
  text_size?: string;
  text_color?: CardColor;
  text_align?: "left" | "center" | "right";
  lines?: number;
}

/** A component directly in body.elements: anything, including table and form. */
export type CardRootElement = CardMarkdown | CardDiv | CardHr | CardImg | CardImgCombination | CardChart | CardPerson | CardPersonList | CardButton | CardOverflow | CardInput | CardSelectStatic | CardMultiSelectStatic | CardSelectPerson | CardMultiSelectPerson | CardDatePicker | CardPickerTime | CardPickerDatetime | CardChecker | CardSelectImg | CardColumnSet | CardInteractiveContainer | CardCollapsiblePanel | CardForm | CardTable;

/** Choose among images. */
export interface CardSelectImg {
  tag: "select_img";
  element_id?: CardElementId;
  margin?: CardSpacing;
  /** Field name; the key of this value in a form submission. */
  name?: string;
  required?: boolean;
  multi_select?: boolean;
  layout?: "stretch" | "bisect" | "trisect";
  /** default, fill, or a pixel width such as "200px". */
  width?: string;
  can_preview?: boolean;
  aspect_ratio?: "1:1" | "4:3" | "16:9";
  style?: "laser" | "normal";
  options: Array<{
    img_key: string;
    value: string;
    disabled?: boolean;
    disabled_tips?: CardPlainText;
    hover_tips?: CardPlainText;
  }>;
  initial_option?: string;
  value?: unknown;
  behaviors?: CardBehaviors;
  confirm?: CardConfirm;
  disabled?: boolean;
  disabled_tips?: CardPlainText;
  hover_tips?: CardPlainText;
}

/** Pick one person. */
export interface CardSelectPerson {
  tag: "select_person";
  element_id?: CardElementId;
  margin?: CardSpacing;
  /** Field name; the key of this value in a form submission. */
  name?: string;
  required?: boolean;
  type?: "default" | "text";
  placeholder?: CardPlainText;
  /** default, fill, or a pixel width such as "200px". */
  width?: string;
  initial_option?: string;
  options?: Array<CardPersonOption>;
  value?: unknown;
  behaviors?: CardBehaviors;
  confirm?: CardConfirm;
  disabled?: boolean;
  disabled_tips?: CardPlainText;
  hover_tips?: CardPlainText;
}

/** A single-choice drop-down. */
export interface CardSelectStatic {
  tag: "select_static";
  element_id?: CardElementId;
  margin?: CardSpacing;
  /** Field name; the key of this value in a form submission. */
  name?: string;
  required?: boolean;
  type?: "default" | "text";
  placeholder?: CardPlainText;
  /** default, fill, or a pixel width such as "200px". */
  width?: string;
  initial_option?: string;
  options: Array<CardOption>;
  value?: unknown;
  behaviors?: CardBehaviors;
  confirm?: CardConfirm;
  disabled?: boolean;
  disabled_tips?: CardPlainText;
  hover_tips?: CardPlainText;
}

/** Pixels ("8px", "4px 12px", up to four values) or small|medium|large|extra_large. */
export type CardSpacing = string;

/** A paged table; only allowed directly in body.elements. */
export interface CardTable {
  tag: "table";
  element_id?: CardElementId;
  margin?: CardSpacing;
  page_size?: number;
  row_height?: string;
  row_max_height?: string;
  freeze_first_column?: boolean;
  header_style?: {
    text_align?: "left" | "center" | "right";
    text_size?: "normal" | "heading";
    background_style?: "none" | "grey";
    text_color?: "default" | "grey";
    bold?: boolean;
    lines?: number;
  };
  columns: Array<{
    /** Key of this column in each row. */
    name: string;
    display_name?: string;
    data_type?: "text" | "lark_md" | "markdown" | "options" | "number" | "persons" | "date";
    width?: string;
    horizontal_align?: "left" | "center" | "right";
    vertical_align?: "top" | "center" | "bottom";
    format?: Record<string, unknown>;
    date_format?: string;
  }>;
  rows?: Array<Record<string, unknown>>;
}

/** A small coloured label. */
export interface CardTextTag {
  tag: "text_tag";
  element_id?: CardElementId;
  text: CardPlainText;
  color?: CardColor;
}

/** Where a tap leads, per platform. */
export interface CardUrl {
  url?: string;
  pc_url?: string;
  ios_url?: string;
  android_url?: string;
}

/** A Lark message card in the JSON 2.0 structure (msg_type interactive). Written by this project from the platform facts; unknown properties are refused, as the platform refuses them. */
export interface CardV2 {
  /** Marks the 2.0 structure; without it the platform reads the card as 1.0. */
  schema: "2.0";
  config?: {
    /** A shared card: one copy for everyone, so updates reach every reader. Must be true for a card updated with PATCH. */
    update_multi?: boolean;
    enable_forward?: boolean;
    enable_forward_interaction?: boolean;
    width_mode?: "default" | "fill" | "compact";
    use_custom_translation?: boolean;
    streaming_mode?: boolean;
    streaming_config?: Record<string, unknown>;
    locales?: Array<string>;
    summary?: {
      content?: string;
      /** Texts by locale (zh_cn, en_us, ja_jp, …). */
      i18n_content?: Record<string, string>;
    };
    style?: {
      text_size?: Record<string, unknown>;
      color?: Record<string, unknown>;
    };
  };
  card_link?: CardUrl;
  /** Title bar: title, optional subtitle, colour template, icon and up to three tags. */
  header?: {
    title: CardPlainText;
    subtitle?: CardPlainText;
    template?: "blue" | "wathet" | "turquoise" | "green" | "yellow" | "orange" | "red" | "carmine" | "violet" | "purple" | "indigo" | "grey" | "default";
    icon?: CardIcon;
    ud_icon?: CardIcon;
    padding?: CardSpacing;
    text_tag_list?: Array<CardTextTag>;
    i18n_text_tag_list?: Record<string, Array<CardTextTag>>;
  };
  body: {
    direction?: "vertical" | "horizontal";
    padding?: CardSpacing;
    horizontal_spacing?: string;
    vertical_spacing?: string;
    horizontal_align?: "left" | "center" | "right";
    vertical_align?: "top" | "center" | "bottom";
    elements: Array<CardRootElement>;
  };
}
