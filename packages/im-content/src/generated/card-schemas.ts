// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Sources: specs/cards/card-v1.schema.json, specs/cards/card-v2.schema.json

import type { CardSchema } from '../cards/schema.js';

/** Card 2.0: strict, unknown properties refused. */
export const CARD_V2_SCHEMA: CardSchema = {
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://lark-im-codegen.local/cards/card-v2.schema.json",
  "title": "CardV2",
  "description": "A Lark message card in the JSON 2.0 structure (msg_type interactive). Written by this project from the platform facts; unknown properties are refused, as the platform refuses them.",
  "type": "object",
  "x-lark-maxElements": 200,
  "x-lark-maxBytes": 30720,
  "properties": {
    "schema": {
      "const": "2.0",
      "description": "Marks the 2.0 structure; without it the platform reads the card as 1.0."
    },
    "config": {
      "type": "object",
      "properties": {
        "update_multi": {
          "type": "boolean",
          "description": "A shared card: one copy for everyone, so updates reach every reader. Must be true for a card updated with PATCH."
        },
        "enable_forward": {
          "type": "boolean"
        },
        "enable_forward_interaction": {
          "type": "boolean"
        },
        "width_mode": {
          "type": "string",
          "enum": [
            "default",
            "fill",
            "compact"
          ]
        },
        "use_custom_translation": {
          "type": "boolean"
        },
        "streaming_mode": {
          "type": "boolean"
        },
        "streaming_config": {
          "type": "object"
        },
        "locales": {
          "type": "array",
          "items": {
            "type": "string"
          }
        },
        "summary": {
          "type": "object",
          "properties": {
            "content": {
              "type": "string"
            },
            "i18n_content": {
              "type": "object",
              "additionalProperties": {
                "type": "string"
              },
              "description": "Texts by locale (zh_cn, en_us, ja_jp, …)."
            }
          },
          "additionalProperties": false
        },
        "style": {
          "type": "object",
          "properties": {
            "text_size": {
              "type": "object"
            },
            "color": {
              "type": "object"
            }
          },
          "additionalProperties": false
        }
      },
      "additionalProperties": false
    },
    "card_link": {
      "$ref": "#/$defs/url"
    },
    "header": {
      "type": "object",
      "properties": {
        "title": {
          "$ref": "#/$defs/plainText"
        },
        "subtitle": {
          "$ref": "#/$defs/plainText"
        },
        "template": {
          "type": "string",
          "enum": [
            "blue",
            "wathet",
            "turquoise",
            "green",
            "yellow",
            "orange",
            "red",
            "carmine",
            "violet",
            "purple",
            "indigo",
            "grey",
            "default"
          ]
        },
        "icon": {
          "$ref": "#/$defs/icon"
        },
        "ud_icon": {
          "$ref": "#/$defs/icon"
        },
        "padding": {
          "$ref": "#/$defs/spacing"
        },
        "text_tag_list": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/textTag"
          },
          "maxItems": 3
        },
        "i18n_text_tag_list": {
          "type": "object",
          "additionalProperties": {
            "type": "array",
            "items": {
              "$ref": "#/$defs/textTag"
            },
            "maxItems": 3
          }
        }
      },
      "required": [
        "title"
      ],
      "additionalProperties": false,
      "description": "Title bar: title, optional subtitle, colour template, icon and up to three tags."
    },
    "body": {
      "type": "object",
      "properties": {
        "direction": {
          "type": "string",
          "enum": [
            "vertical",
            "horizontal"
          ]
        },
        "padding": {
          "$ref": "#/$defs/spacing"
        },
        "horizontal_spacing": {
          "type": "string"
        },
        "vertical_spacing": {
          "type": "string"
        },
        "horizontal_align": {
          "type": "string",
          "enum": [
            "left",
            "center",
            "right"
          ]
        },
        "vertical_align": {
          "type": "string",
          "enum": [
            "top",
            "center",
            "bottom"
          ]
        },
        "elements": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/rootElement"
          }
        }
      },
      "required": [
        "elements"
      ],
      "additionalProperties": false
    }
  },
  "required": [
    "schema",
    "body"
  ],
  "additionalProperties": false,
  "$defs": {
    "elementId": {
      "type": "string",
      "pattern": "^[A-Za-z][A-Za-z0-9_]{0,19}$",
      "description": "Unique id within the card: a letter, then letters, digits or _, at most 20 characters."
    },
    "spacing": {
      "type": "string",
      "pattern": "^(-?\\d+px|small|medium|large|extra_large)(\\s+-?\\d+px){0,3}$",
      "description": "Pixels (\"8px\", \"4px 12px\", up to four values) or small|medium|large|extra_large."
    },
    "color": {
      "type": "string",
      "description": "A colour name from the card palette (grey, red, orange-500, …), or default."
    },
    "plainText": {
      "type": "object",
      "properties": {
        "tag": {
          "enum": [
            "plain_text",
            "lark_md"
          ]
        },
        "content": {
          "type": "string"
        },
        "i18n_content": {
          "type": "object",
          "additionalProperties": {
            "type": "string"
          },
          "description": "Texts by locale (zh_cn, en_us, ja_jp, …)."
        },
        "text_size": {
          "type": "string"
        },
        "text_color": {
          "$ref": "#/$defs/color"
        },
        "text_align": {
          "type": "string",
          "enum": [
            "left",
            "center",
            "right"
          ]
        },
        "lines": {
          "type": "integer",
          "minimum": 1
        }
      },
      "required": [
        "tag"
      ],
      "additionalProperties": false,
      "description": "A text object: plain_text or lark_md."
    },
    "icon": {
      "type": "object",
      "properties": {
        "tag": {
          "type": "string",
          "enum": [
            "standard_icon",
            "custom_icon"
          ]
        },
        "token": {
          "type": "string",
          "description": "Icon name from the standard icon set, e.g. calendar_colorful."
        },
        "color": {
          "$ref": "#/$defs/color"
        },
        "img_key": {
          "type": "string"
        },
        "size": {
          "type": "string"
        }
      },
      "required": [
        "tag"
      ],
      "additionalProperties": false,
      "description": "A standard icon (token) or custom icon (img_key)."
    },
    "textTag": {
      "type": "object",
      "properties": {
        "tag": {
          "const": "text_tag"
        },
        "element_id": {
          "$ref": "#/$defs/elementId"
        },
        "text": {
          "$ref": "#/$defs/plainText"
        },
        "color": {
          "$ref": "#/$defs/color"
        }
      },
      "required": [
        "tag",
        "text"
      ],
      "additionalProperties": false,
      "description": "A small coloured label."
    },
    "url": {
      "type": "object",
      "properties": {
        "url": {
          "type": "string"
        },
        "pc_url": {
          "type": "string"
        },
        "ios_url": {
          "type": "string"
        },
        "android_url": {
          "type": "string"
        }
      },
      "additionalProperties": false,
      "description": "Where a tap leads, per platform."
    },
    "behavior": {
      "type": "object",
      "description": "What happens on interaction: open a URL, send a callback to the app, or submit/reset the enclosing form.",
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "open_url",
            "callback",
            "form_action"
          ]
        },
        "default_url": {
          "type": "string"
        },
        "pc_url": {
          "type": "string"
        },
        "ios_url": {
          "type": "string"
        },
        "android_url": {
          "type": "string"
        },
        "value": {
          "description": "Sent back in the card.action.trigger callback."
        },
        "behavior": {
          "type": "string",
          "enum": [
            "submit",
            "reset"
          ]
        }
      },
      "required": [
        "type"
      ],
      "additionalProperties": false
    },
    "behaviors": {
      "type": "array",
      "items": {
        "$ref": "#/$defs/behavior"
      },
      "minItems": 1
    },
    "confirm": {
      "type": "object",
      "properties": {
        "title": {
          "$ref": "#/$defs/plainText"
        },
        "text": {
          "$ref": "#/$defs/plainText"
        }
      },
      "required": [
        "title",
        "text"
      ],
      "additionalProperties": false,
      "description": "A confirmation dialog shown before the action."
    },
    "option": {
      "type": "object",
      "properties": {
        "text": {
          "$ref": "#/$defs/plainText"
        },
        "value": {
          "type": "string"
        },
        "icon": {
          "$ref": "#/$defs/icon"
        }
      },
      "required": [
        "value"
      ],
      "additionalProperties": false
    },
    "personOption": {
      "type": "object",
      "properties": {
        "value": {
          "type": "string",
          "description": "open_id of the person."
        }
      },
      "required": [
        "value"
      ],
      "additionalProperties": false
    },
    "markdown": {
      "type": "object",
      "properties": {
        "tag": {
          "const": "markdown"
        },
        "element_id": {
          "$ref": "#/$defs/elementId"
        },
        "margin": {
          "$ref": "#/$defs/spacing"
        },
        "content": {
          "type": "string"
        },
        "i18n_content": {
          "type": "object",
          "additionalProperties": {
            "type": "string"
          },
          "description": "Texts by locale (zh_cn, en_us, ja_jp, …)."
        },
        "text_size": {
          "type": "string",
          "enum": [
            "heading-0",
            "heading-1",
            "heading-2",
            "heading-3",
            "heading-4",
            "heading",
            "normal",
            "notation",
            "xxxx-large",
            "xxx-large",
            "xx-large",
            "x-large",
            "large",
            "medium",
            "small",
            "x-small"
          ]
        },
        "text_align": {
          "type": "string",
          "enum": [
            "left",
            "center",
            "right"
          ]
        },
        "icon": {
          "$ref": "#/$defs/icon"
        },
        "href": {
          "type": "object",
          "additionalProperties": {
            "$ref": "#/$defs/url"
          }
        }
      },
      "required": [
        "tag",
        "content"
      ],
      "additionalProperties": false,
      "description": "Rich text in lark Markdown (headings ## only, lists, links, <at>, <font color>)."
    },
    "div": {
      "type": "object",
      "properties": {
        "tag": {
          "const": "div"
        },
        "element_id": {
          "$ref": "#/$defs/elementId"
        },
        "margin": {
          "$ref": "#/$defs/spacing"
        },
        "text": {
          "$ref": "#/$defs/plainText"
        },
        "fields": {
          "type": "array",
          "items": {
            "type": "object",
            "properties": {
              "is_short": {
                "type": "boolean"
              },
              "text": {
                "$ref": "#/$defs/plainText"
              }
            },
            "required": [
              "text"
            ],
            "additionalProperties": false
          },
          "maxItems": 50
        },
        "icon": {
          "$ref": "#/$defs/icon"
        },
        "width": {
          "type": "string"
        }
      },
      "required": [
        "tag"
      ],
      "additionalProperties": false,
      "description": "A text block with optional side-by-side fields."
    },
    "hr": {
      "type": "object",
      "properties": {
        "tag": {
          "const": "hr"
        },
        "element_id": {
          "$ref": "#/$defs/elementId"
        },
        "margin": {
          "$ref": "#/$defs/spacing"
        }
      },
      "required": [
        "tag"
      ],
      "additionalProperties": false,
      "description": "A horizontal divider."
    },
    "img": {
      "type": "object",
      "properties": {
        "tag": {
          "const": "img"
        },
        "element_id": {
          "$ref": "#/$defs/elementId"
        },
        "margin": {
          "$ref": "#/$defs/spacing"
        },
        "img_key": {
          "type": "string",
          "description": "image_key returned by the image upload."
        },
        "alt": {
          "$ref": "#/$defs/plainText"
        },
        "title": {
          "$ref": "#/$defs/plainText"
        },
        "corner_radius": {
          "type": "string"
        },
        "scale_type": {
          "type": "string",
          "enum": [
            "crop_center",
            "crop_top",
            "fit_horizontal"
          ]
        },
        "size": {
          "type": "string"
        },
        "transparent": {
          "type": "boolean"
        },
        "preview": {
          "type": "boolean"
        },
        "mode": {
          "type": "string"
        }
      },
      "required": [
        "tag",
        "img_key"
      ],
      "additionalProperties": false,
      "description": "An image uploaded with the image API."
    },
    "img_combination": {
      "type": "object",
      "properties": {
        "tag": {
          "const": "img_combination"
        },
        "element_id": {
          "$ref": "#/$defs/elementId"
        },
        "margin": {
          "$ref": "#/$defs/spacing"
        },
        "combination_mode": {
          "type": "string",
          "enum": [
            "double",
            "triple",
            "bisect",
            "trisect"
          ]
        },
        "corner_radius": {
          "type": "string"
        },
        "img_list": {
          "type": "array",
          "items": {
            "type": "object",
            "properties": {
              "img_key": {
                "type": "string"
              }
            },
            "required": [
              "img_key"
            ],
            "additionalProperties": false
          },
          "minItems": 1,
          "maxItems": 9
        }
      },
      "required": [
        "tag",
        "combination_mode",
        "img_list"
      ],
      "additionalProperties": false,
      "description": "Two to nine images in a grid."
    },
    "chart": {
      "type": "object",
      "properties": {
        "tag": {
          "const": "chart"
        },
        "element_id": {
          "$ref": "#/$defs/elementId"
        },
        "margin": {
          "$ref": "#/$defs/spacing"
        },
        "chart_spec": {
          "type": "object"
        },
        "aspect_ratio": {
          "type": "string",
          "enum": [
            "1:1",
            "2:1",
            "4:3",
            "16:9"
          ]
        },
        "color_theme": {
          "type": "string",
          "enum": [
            "brand",
            "rainbow",
            "complementary",
            "converse",
            "primary"
          ]
        },
        "preview": {
          "type": "boolean"
        },
        "height": {
          "type": "string"
        }
      },
      "required": [
        "tag",
        "chart_spec"
      ],
      "additionalProperties": false,
      "description": "A chart drawn from a VChart spec."
    },
    "table": {
      "type": "object",
      "properties": {
        "tag": {
          "const": "table"
        },
        "element_id": {
          "$ref": "#/$defs/elementId"
        },
        "margin": {
          "$ref": "#/$defs/spacing"
        },
        "page_size": {
          "type": "integer",
          "minimum": 1,
          "maximum": 10
        },
        "row_height": {
          "type": "string"
        },
        "row_max_height": {
          "type": "string"
        },
        "freeze_first_column": {
          "type": "boolean"
        },
        "header_style": {
          "type": "object",
          "properties": {
            "text_align": {
              "type": "string",
              "enum": [
                "left",
                "center",
                "right"
              ]
            },
            "text_size": {
              "type": "string",
              "enum": [
                "normal",
                "heading"
              ]
            },
            "background_style": {
              "type": "string",
              "enum": [
                "none",
                "grey"
              ]
            },
            "text_color": {
              "type": "string",
              "enum": [
                "default",
                "grey"
              ]
            },
            "bold": {
              "type": "boolean"
            },
            "lines": {
              "type": "integer",
              "minimum": 1
            }
          },
          "additionalProperties": false
        },
        "columns": {
          "type": "array",
          "items": {
            "type": "object",
            "properties": {
              "name": {
                "type": "string",
                "description": "Key of this column in each row."
              },
              "display_name": {
                "type": "string"
              },
              "data_type": {
                "type": "string",
                "enum": [
                  "text",
                  "lark_md",
                  "markdown",
                  "options",
                  "number",
                  "persons",
                  "date"
                ]
              },
              "width": {
                "type": "string"
              },
              "horizontal_align": {
                "type": "string",
                "enum": [
                  "left",
                  "center",
                  "right"
                ]
              },
              "vertical_align": {
                "type": "string",
                "enum": [
                  "top",
                  "center",
                  "bottom"
                ]
              },
              "format": {
                "type": "object"
              },
              "date_format": {
                "type": "string"
              }
            },
            "required": [
              "name"
            ],
            "additionalProperties": false
          },
          "minItems": 1,
          "maxItems": 50
        },
        "rows": {
          "type": "array",
          "items": {
            "type": "object"
          }
        }
      },
      "required": [
        "tag",
        "columns"
      ],
      "additionalProperties": false,
      "description": "A paged table; only allowed directly in body.elements."
    },
    "person": {
      "type": "object",
      "properties": {
        "tag": {
          "const": "person"
        },
        "element_id": {
          "$ref": "#/$defs/elementId"
        },
        "margin": {
          "$ref": "#/$defs/spacing"
        },
        "user_id": {
          "type": "string"
        },
        "size": {
          "type": "string",
          "enum": [
            "extra_small",
            "small",
            "medium",
            "large"
          ]
        },
        "show_avatar": {
          "type": "boolean"
        },
        "show_name": {
          "type": "boolean"
        },
        "style": {
          "type": "string",
          "enum": [
            "normal",
            "capsule"
          ]
        }
      },
      "required": [
        "tag",
        "user_id"
      ],
      "additionalProperties": false,
      "description": "One person with avatar and name."
    },
    "person_list": {
      "type": "object",
      "properties": {
        "tag": {
          "const": "person_list"
        },
        "element_id": {
          "$ref": "#/$defs/elementId"
        },
        "margin": {
          "$ref": "#/$defs/spacing"
        },
        "persons": {
          "type": "array",
          "items": {
            "type": "object",
            "properties": {
              "id": {
                "type": "string",
                "description": "open_id of the person."
              }
            },
            "required": [
              "id"
            ],
            "additionalProperties": false
          },
          "minItems": 1,
          "maxItems": 50
        },
        "size": {
          "type": "string",
          "enum": [
            "extra_small",
            "small",
            "medium",
            "large"
          ]
        },
        "lines": {
          "type": "integer",
          "minimum": 1
        },
        "show_name": {
          "type": "boolean"
        },
        "show_avatar": {
          "type": "boolean"
        },
        "icon": {
          "$ref": "#/$defs/icon"
        },
        "drop_invalid_user_id": {
          "type": "boolean"
        }
      },
      "required": [
        "tag",
        "persons"
      ],
      "additionalProperties": false,
      "description": "A row of people."
    },
    "button": {
      "type": "object",
      "properties": {
        "tag": {
          "const": "button"
        },
        "element_id": {
          "$ref": "#/$defs/elementId"
        },
        "margin": {
          "$ref": "#/$defs/spacing"
        },
        "text": {
          "$ref": "#/$defs/plainText"
        },
        "type": {
          "type": "string",
          "enum": [
            "default",
            "primary",
            "danger",
            "text",
            "primary_text",
            "danger_text",
            "primary_filled",
            "danger_filled",
            "laser"
          ]
        },
        "size": {
          "type": "string",
          "enum": [
            "tiny",
            "small",
            "medium",
            "large"
          ]
        },
        "width": {
          "type": "string",
          "description": "default, fill, or a pixel width such as \"200px\"."
        },
        "icon": {
          "$ref": "#/$defs/icon"
        },
        "form_action_type": {
          "type": "string",
          "enum": [
            "submit",
            "reset"
          ]
        },
        "complex_interaction": {
          "type": "boolean"
        },
        "name": {
          "type": "string",
          "description": "Field name; the key of this value in a form submission."
        },
        "required": {
          "type": "boolean"
        },
        "behaviors": {
          "$ref": "#/$defs/behaviors"
        },
        "confirm": {
          "$ref": "#/$defs/confirm"
        },
        "disabled": {
          "type": "boolean"
        },
        "disabled_tips": {
          "$ref": "#/$defs/plainText"
        },
        "hover_tips": {
          "$ref": "#/$defs/plainText"
        }
      },
      "required": [
        "tag",
        "text"
      ],
      "additionalProperties": false,
      "description": "A button that opens a link, calls back the app or submits a form."
    },
    "overflow": {
      "type": "object",
      "properties": {
        "tag": {
          "const": "overflow"
        },
        "element_id": {
          "$ref": "#/$defs/elementId"
        },
        "margin": {
          "$ref": "#/$defs/spacing"
        },
        "width": {
          "type": "string",
          "description": "default, fill, or a pixel width such as \"200px\"."
        },
        "options": {
          "type": "array",
          "items": {
            "type": "object",
            "properties": {
              "text": {
                "$ref": "#/$defs/plainText"
              },
              "value": {
                "type": "string"
              },
              "multi_url": {
                "$ref": "#/$defs/url"
              }
            },
            "required": [
              "text"
            ],
            "additionalProperties": false
          },
          "minItems": 1
        },
        "value": {},
        "behaviors": {
          "$ref": "#/$defs/behaviors"
        },
        "confirm": {
          "$ref": "#/$defs/confirm"
        },
        "disabled": {
          "type": "boolean"
        },
        "disabled_tips": {
          "$ref": "#/$defs/plainText"
        },
        "hover_tips": {
          "$ref": "#/$defs/plainText"
        }
      },
      "required": [
        "tag",
        "options"
      ],
      "additionalProperties": false,
      "description": "A \"…\" menu of options."
    },
    "input": {
      "type": "object",
      "properties": {
        "tag": {
          "const": "input"
        },
        "element_id": {
          "$ref": "#/$defs/elementId"
        },
        "margin": {
          "$ref": "#/$defs/spacing"
        },
        "name": {
          "type": "string",
          "description": "Field name; the key of this value in a form submission."
        },
        "required": {
          "type": "boolean"
        },
        "placeholder": {
          "$ref": "#/$defs/plainText"
        },
        "default_value": {
          "type": "string"
        },
        "width": {
          "type": "string",
          "description": "default, fill, or a pixel width such as \"200px\"."
        },
        "max_length": {
          "type": "integer",
          "minimum": 1,
          "maximum": 1000
        },
        "input_type": {
          "type": "string",
          "enum": [
            "text",
            "multiline_text",
            "password"
          ]
        },
        "show_icon": {
          "type": "boolean"
        },
        "rows": {
          "type": "integer",
          "minimum": 1
        },
        "auto_resize": {
          "type": "boolean"
        },
        "max_rows": {
          "type": "integer",
          "minimum": 1
        },
        "label": {
          "$ref": "#/$defs/plainText"
        },
        "label_position": {
          "type": "string",
          "enum": [
            "top",
            "left"
          ]
        },
        "value": {},
        "fallback": {
          "type": "object"
        },
        "behaviors": {
          "$ref": "#/$defs/behaviors"
        },
        "confirm": {
          "$ref": "#/$defs/confirm"
        },
        "disabled": {
          "type": "boolean"
        },
        "disabled_tips": {
          "$ref": "#/$defs/plainText"
        },
        "hover_tips": {
          "$ref": "#/$defs/plainText"
        }
      },
      "required": [
        "tag"
      ],
      "additionalProperties": false,
      "description": "A text box."
    },
    "select_static": {
      "type": "object",
      "properties": {
        "tag": {
          "const": "select_static"
        },
        "element_id": {
          "$ref": "#/$defs/elementId"
        },
        "margin": {
          "$ref": "#/$defs/spacing"
        },
        "name": {
          "type": "string",
          "description": "Field name; the key of this value in a form submission."
        },
        "required": {
          "type": "boolean"
        },
        "type": {
          "type": "string",
          "enum": [
            "default",
            "text"
          ]
        },
        "placeholder": {
          "$ref": "#/$defs/plainText"
        },
        "width": {
          "type": "string",
          "description": "default, fill, or a pixel width such as \"200px\"."
        },
        "initial_option": {
          "type": "string"
        },
        "options": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/option"
          },
          "minItems": 1
        },
        "value": {},
        "behaviors": {
          "$ref": "#/$defs/behaviors"
        },
        "confirm": {
          "$ref": "#/$defs/confirm"
        },
        "disabled": {
          "type": "boolean"
        },
        "disabled_tips": {
          "$ref": "#/$defs/plainText"
        },
        "hover_tips": {
          "$ref": "#/$defs/plainText"
        }
      },
      "required": [
        "tag",
        "options"
      ],
      "additionalProperties": false,
      "description": "A single-choice drop-down."
    },
    "multi_select_static": {
      "type": "object",
      "properties": {
        "tag": {
          "const": "multi_select_static"
        },
        "element_id": {
          "$ref": "#/$defs/elementId"
        },
        "margin": {
          "$ref": "#/$defs/spacing"
        },
        "name": {
          "type": "string",
          "description": "Field name; the key of this value in a form submission."
        },
        "required": {
          "type": "boolean"
        },
        "type": {
          "type": "string",
          "enum": [
            "default",
            "text"
          ]
        },
        "placeholder": {
          "$ref": "#/$defs/plainText"
        },
        "width": {
          "type": "string",
          "description": "default, fill, or a pixel width such as \"200px\"."
        },
        "selected_values": {
          "type": "array",
          "items": {
            "type": "string"
          }
        },
        "options": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/option"
          },
          "minItems": 1
        },
        "value": {},
        "behaviors": {
          "$ref": "#/$defs/behaviors"
        },
        "confirm": {
          "$ref": "#/$defs/confirm"
        },
        "disabled": {
          "type": "boolean"
        },
        "disabled_tips": {
          "$ref": "#/$defs/plainText"
        },
        "hover_tips": {
          "$ref": "#/$defs/plainText"
        }
      },
      "required": [
        "tag",
        "options"
      ],
      "additionalProperties": false,
      "description": "A multiple-choice drop-down."
    },
    "select_person": {
      "type": "object",
      "properties": {
        "tag": {
          "const": "select_person"
        },
        "element_id": {
          "$ref": "#/$defs/elementId"
        },
        "margin": {
          "$ref": "#/$defs/spacing"
        },
        "name": {
          "type": "string",
          "description": "Field name; the key of this value in a form submission."
        },
        "required": {
          "type": "boolean"
        },
        "type": {
          "type": "string",
          "enum": [
            "default",
            "text"
          ]
        },
        "placeholder": {
          "$ref": "#/$defs/plainText"
        },
        "width": {
          "type": "string",
          "description": "default, fill, or a pixel width such as \"200px\"."
        },
        "initial_option": {
          "type": "string"
        },
        "options": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/personOption"
          }
        },
        "value": {},
        "behaviors": {
          "$ref": "#/$defs/behaviors"
        },
        "confirm": {
          "$ref": "#/$defs/confirm"
        },
        "disabled": {
          "type": "boolean"
        },
        "disabled_tips": {
          "$ref": "#/$defs/plainText"
        },
        "hover_tips": {
          "$ref": "#/$defs/plainText"
        }
      },
      "required": [
        "tag"
      ],
      "additionalProperties": false,
      "description": "Pick one person."
    },
    "multi_select_person": {
      "type": "object",
      "properties": {
        "tag": {
          "const": "multi_select_person"
        },
        "element_id": {
          "$ref": "#/$defs/elementId"
        },
        "margin": {
          "$ref": "#/$defs/spacing"
        },
        "name": {
          "type": "string",
          "description": "Field name; the key of this value in a form submission."
        },
        "required": {
          "type": "boolean"
        },
        "type": {
          "type": "string",
          "enum": [
            "default",
            "text"
          ]
        },
        "placeholder": {
          "$ref": "#/$defs/plainText"
        },
        "width": {
          "type": "string",
          "description": "default, fill, or a pixel width such as \"200px\"."
        },
        "selected_values": {
          "type": "array",
          "items": {
            "type": "string"
          }
        },
        "options": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/personOption"
          }
        },
        "value": {},
        "behaviors": {
          "$ref": "#/$defs/behaviors"
        },
        "confirm": {
          "$ref": "#/$defs/confirm"
        },
        "disabled": {
          "type": "boolean"
        },
        "disabled_tips": {
          "$ref": "#/$defs/plainText"
        },
        "hover_tips": {
          "$ref": "#/$defs/plainText"
        }
      },
      "required": [
        "tag"
      ],
      "additionalProperties": false,
      "description": "Pick several people."
    },
    "date_picker": {
      "type": "object",
      "properties": {
        "tag": {
          "const": "date_picker"
        },
        "element_id": {
          "$ref": "#/$defs/elementId"
        },
        "margin": {
          "$ref": "#/$defs/spacing"
        },
        "name": {
          "type": "string",
          "description": "Field name; the key of this value in a form submission."
        },
        "required": {
          "type": "boolean"
        },
        "placeholder": {
          "$ref": "#/$defs/plainText"
        },
        "width": {
          "type": "string",
          "description": "default, fill, or a pixel width such as \"200px\"."
        },
        "initial_date": {
          "type": "string",
          "pattern": "^\\d{4}-\\d{2}-\\d{2}$"
        },
        "value": {},
        "behaviors": {
          "$ref": "#/$defs/behaviors"
        },
        "confirm": {
          "$ref": "#/$defs/confirm"
        },
        "disabled": {
          "type": "boolean"
        },
        "disabled_tips": {
          "$ref": "#/$defs/plainText"
        },
        "hover_tips": {
          "$ref": "#/$defs/plainText"
        }
      },
      "required": [
        "tag"
      ],
      "additionalProperties": false,
      "description": "Pick a date."
    },
    "picker_time": {
      "type": "object",
      "properties": {
        "tag": {
          "const": "picker_time"
        },
        "element_id": {
          "$ref": "#/$defs/elementId"
        },
        "margin": {
          "$ref": "#/$defs/spacing"
        },
        "name": {
          "type": "string",
          "description": "Field name; the key of this value in a form submission."
        },
        "required": {
          "type": "boolean"
        },
        "placeholder": {
          "$ref": "#/$defs/plainText"
        },
        "width": {
          "type": "string",
          "description": "default, fill, or a pixel width such as \"200px\"."
        },
        "initial_time": {
          "type": "string",
          "pattern": "^\\d{2}:\\d{2}$"
        },
        "value": {},
        "behaviors": {
          "$ref": "#/$defs/behaviors"
        },
        "confirm": {
          "$ref": "#/$defs/confirm"
        },
        "disabled": {
          "type": "boolean"
        },
        "disabled_tips": {
          "$ref": "#/$defs/plainText"
        },
        "hover_tips": {
          "$ref": "#/$defs/plainText"
        }
      },
      "required": [
        "tag"
      ],
      "additionalProperties": false,
      "description": "Pick a time of day."
    },
    "picker_datetime": {
      "type": "object",
      "properties": {
        "tag": {
          "const": "picker_datetime"
        },
        "element_id": {
          "$ref": "#/$defs/elementId"
        },
        "margin": {
          "$ref": "#/$defs/spacing"
        },
        "name": {
          "type": "string",
          "description": "Field name; the key of this value in a form submission."
        },
        "required": {
          "type": "boolean"
        },
        "placeholder": {
          "$ref": "#/$defs/plainText"
        },
        "width": {
          "type": "string",
          "description": "default, fill, or a pixel width such as \"200px\"."
        },
        "initial_datetime": {
          "type": "string",
          "pattern": "^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}$"
        },
        "value": {},
        "behaviors": {
          "$ref": "#/$defs/behaviors"
        },
        "confirm": {
          "$ref": "#/$defs/confirm"
        },
        "disabled": {
          "type": "boolean"
        },
        "disabled_tips": {
          "$ref": "#/$defs/plainText"
        },
        "hover_tips": {
          "$ref": "#/$defs/plainText"
        }
      },
      "required": [
        "tag"
      ],
      "additionalProperties": false,
      "description": "Pick a date and time."
    },
    "checker": {
      "type": "object",
      "properties": {
        "tag": {
          "const": "checker"
        },
        "element_id": {
          "$ref": "#/$defs/elementId"
        },
        "margin": {
          "$ref": "#/$defs/spacing"
        },
        "name": {
          "type": "string",
          "description": "Field name; the key of this value in a form submission."
        },
        "required": {
          "type": "boolean"
        },
        "checked": {
          "type": "boolean"
        },
        "text": {
          "$ref": "#/$defs/plainText"
        },
        "overall_checkable": {
          "type": "boolean"
        },
        "button_area": {
          "type": "object"
        },
        "checked_style": {
          "type": "object"
        },
        "padding": {
          "$ref": "#/$defs/spacing"
        },
        "behaviors": {
          "$ref": "#/$defs/behaviors"
        },
        "confirm": {
          "$ref": "#/$defs/confirm"
        },
        "disabled": {
          "type": "boolean"
        },
        "disabled_tips": {
          "$ref": "#/$defs/plainText"
        },
        "hover_tips": {
          "$ref": "#/$defs/plainText"
        }
      },
      "required": [
        "tag",
        "text"
      ],
      "additionalProperties": false,
      "description": "A check box with a label."
    },
    "select_img": {
      "type": "object",
      "properties": {
        "tag": {
          "const": "select_img"
        },
        "element_id": {
          "$ref": "#/$defs/elementId"
        },
        "margin": {
          "$ref": "#/$defs/spacing"
        },
        "name": {
          "type": "string",
          "description": "Field name; the key of this value in a form submission."
        },
        "required": {
          "type": "boolean"
        },
        "multi_select": {
          "type": "boolean"
        },
        "layout": {
          "type": "string",
          "enum": [
            "stretch",
            "bisect",
            "trisect"
          ]
        },
        "width": {
          "type": "string",
          "description": "default, fill, or a pixel width such as \"200px\"."
        },
        "can_preview": {
          "type": "boolean"
        },
        "aspect_ratio": {
          "type": "string",
          "enum": [
            "1:1",
            "4:3",
            "16:9"
          ]
        },
        "style": {
          "type": "string",
          "enum": [
            "laser",
            "normal"
          ]
        },
        "options": {
          "type": "array",
          "items": {
            "type": "object",
            "properties": {
              "img_key": {
                "type": "string"
              },
              "value": {
                "type": "string"
              },
              "disabled": {
                "type": "boolean"
              },
              "disabled_tips": {
                "$ref": "#/$defs/plainText"
              },
              "hover_tips": {
                "$ref": "#/$defs/plainText"
              }
            },
            "required": [
              "img_key",
              "value"
            ],
            "additionalProperties": false
          },
          "minItems": 1
        },
        "initial_option": {
          "type": "string"
        },
        "value": {},
        "behaviors": {
          "$ref": "#/$defs/behaviors"
        },
        "confirm": {
          "$ref": "#/$defs/confirm"
        },
        "disabled": {
          "type": "boolean"
        },
        "disabled_tips": {
          "$ref": "#/$defs/plainText"
        },
        "hover_tips": {
          "$ref": "#/$defs/plainText"
        }
      },
      "required": [
        "tag",
        "options"
      ],
      "additionalProperties": false,
      "description": "Choose among images."
    },
    "column": {
      "type": "object",
      "properties": {
        "tag": {
          "const": "column"
        },
        "element_id": {
          "$ref": "#/$defs/elementId"
        },
        "margin": {
          "$ref": "#/$defs/spacing"
        },
        "width": {
          "type": "string",
          "pattern": "^(auto|weighted|\\d+px)$",
          "description": "auto, weighted (share by weight) or a pixel width."
        },
        "weight": {
          "type": "integer",
          "minimum": 1,
          "maximum": 5
        },
        "background_style": {
          "$ref": "#/$defs/color"
        },
        "padding": {
          "$ref": "#/$defs/spacing"
        },
        "vertical_spacing": {
          "type": "string"
        },
        "horizontal_spacing": {
          "type": "string"
        },
        "vertical_align": {
          "type": "string",
          "enum": [
            "top",
            "center",
            "bottom"
          ]
        },
        "horizontal_align": {
          "type": "string",
          "enum": [
            "left",
            "center",
            "right"
          ]
        },
        "direction": {
          "type": "string",
          "enum": [
            "vertical",
            "horizontal"
          ]
        },
        "action": {
          "type": "object",
          "properties": {
            "multi_url": {
              "$ref": "#/$defs/url"
            }
          },
          "additionalProperties": false
        },
        "elements": {
          "$ref": "#/$defs/nestedElements"
        }
      },
      "required": [
        "tag"
      ],
      "additionalProperties": false,
      "description": "One column of a column_set.",
      "x-lark-fix": {
        "corner_radius": "a column has no rounded corners; put the content in an interactive_container with corner_radius inside the column"
      }
    },
    "column_set": {
      "type": "object",
      "properties": {
        "tag": {
          "const": "column_set"
        },
        "element_id": {
          "$ref": "#/$defs/elementId"
        },
        "margin": {
          "$ref": "#/$defs/spacing"
        },
        "flex_mode": {
          "type": "string",
          "enum": [
            "none",
            "stretch",
            "flow",
            "bisect",
            "trisect"
          ]
        },
        "horizontal_spacing": {
          "type": "string"
        },
        "horizontal_align": {
          "type": "string",
          "enum": [
            "left",
            "center",
            "right"
          ]
        },
        "background_style": {
          "$ref": "#/$defs/color"
        },
        "columns": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/column"
          }
        },
        "action": {
          "type": "object",
          "properties": {
            "multi_url": {
              "$ref": "#/$defs/url"
            }
          },
          "additionalProperties": false
        }
      },
      "required": [
        "tag",
        "columns"
      ],
      "additionalProperties": false,
      "description": "Columns side by side."
    },
    "interactive_container": {
      "type": "object",
      "properties": {
        "tag": {
          "const": "interactive_container"
        },
        "element_id": {
          "$ref": "#/$defs/elementId"
        },
        "margin": {
          "$ref": "#/$defs/spacing"
        },
        "width": {
          "type": "string"
        },
        "height": {
          "type": "string"
        },
        "direction": {
          "type": "string",
          "enum": [
            "vertical",
            "horizontal"
          ]
        },
        "background_style": {
          "$ref": "#/$defs/color"
        },
        "has_border": {
          "type": "boolean"
        },
        "border_color": {
          "$ref": "#/$defs/color"
        },
        "corner_radius": {
          "type": "string"
        },
        "padding": {
          "$ref": "#/$defs/spacing"
        },
        "vertical_spacing": {
          "type": "string"
        },
        "horizontal_spacing": {
          "type": "string"
        },
        "vertical_align": {
          "type": "string",
          "enum": [
            "top",
            "center",
            "bottom"
          ]
        },
        "horizontal_align": {
          "type": "string",
          "enum": [
            "left",
            "center",
            "right"
          ]
        },
        "elements": {
          "$ref": "#/$defs/containerElements"
        },
        "behaviors": {
          "$ref": "#/$defs/behaviors"
        },
        "confirm": {
          "$ref": "#/$defs/confirm"
        },
        "disabled": {
          "type": "boolean"
        },
        "disabled_tips": {
          "$ref": "#/$defs/plainText"
        },
        "hover_tips": {
          "$ref": "#/$defs/plainText"
        }
      },
      "required": [
        "tag",
        "elements"
      ],
      "additionalProperties": false,
      "description": "A clickable area holding other components."
    },
    "collapsible_panel": {
      "type": "object",
      "properties": {
        "tag": {
          "const": "collapsible_panel"
        },
        "element_id": {
          "$ref": "#/$defs/elementId"
        },
        "margin": {
          "$ref": "#/$defs/spacing"
        },
        "expanded": {
          "type": "boolean"
        },
        "direction": {
          "type": "string",
          "enum": [
            "vertical",
            "horizontal"
          ]
        },
        "vertical_spacing": {
          "type": "string"
        },
        "horizontal_spacing": {
          "type": "string"
        },
        "background_color": {
          "$ref": "#/$defs/color"
        },
        "padding": {
          "$ref": "#/$defs/spacing"
        },
        "header": {
          "type": "object",
          "properties": {
            "title": {
              "$ref": "#/$defs/plainText"
            },
            "background_color": {
              "$ref": "#/$defs/color"
            },
            "vertical_align": {
              "type": "string",
              "enum": [
                "top",
                "center",
                "bottom"
              ]
            },
            "padding": {
              "$ref": "#/$defs/spacing"
            },
            "position": {
              "type": "string",
              "enum": [
                "top",
                "bottom"
              ]
            },
            "width": {
              "type": "string"
            },
            "icon": {
              "$ref": "#/$defs/icon"
            },
            "icon_position": {
              "type": "string",
              "enum": [
                "left",
                "right",
                "follow_text"
              ]
            },
            "icon_expanded_angle": {
              "type": "integer",
              "enum": [
                -180,
                -90,
                90,
                180
              ]
            }
          },
          "required": [
            "title"
          ],
          "additionalProperties": false
        },
        "border": {
          "type": "object",
          "properties": {
            "color": {
              "$ref": "#/$defs/color"
            },
            "corner_radius": {
              "type": "string"
            }
          },
          "additionalProperties": false
        },
        "elements": {
          "$ref": "#/$defs/nestedElements"
        }
      },
      "required": [
        "tag",
        "header",
        "elements"
      ],
      "additionalProperties": false,
      "description": "A section the reader can fold and unfold."
    },
    "form": {
      "type": "object",
      "properties": {
        "tag": {
          "const": "form"
        },
        "element_id": {
          "$ref": "#/$defs/elementId"
        },
        "margin": {
          "$ref": "#/$defs/spacing"
        },
        "name": {
          "type": "string",
          "description": "Form name, unique in the card."
        },
        "direction": {
          "type": "string",
          "enum": [
            "vertical",
            "horizontal"
          ]
        },
        "padding": {
          "$ref": "#/$defs/spacing"
        },
        "vertical_spacing": {
          "type": "string"
        },
        "horizontal_spacing": {
          "type": "string"
        },
        "horizontal_align": {
          "type": "string",
          "enum": [
            "left",
            "center",
            "right"
          ]
        },
        "vertical_align": {
          "type": "string",
          "enum": [
            "top",
            "center",
            "bottom"
          ]
        },
        "elements": {
          "$ref": "#/$defs/formElements"
        }
      },
      "required": [
        "tag",
        "name",
        "elements"
      ],
      "additionalProperties": false,
      "description": "A form: its inputs are sent together when a submit button is pressed."
    },
    "rootElement": {
      "description": "A component directly in body.elements: anything, including table and form.",
      "type": "object",
      "required": [
        "tag"
      ],
      "discriminator": {
        "propertyName": "tag"
      },
      "oneOf": [
        {
          "$ref": "#/$defs/markdown"
        },
        {
          "$ref": "#/$defs/div"
        },
        {
          "$ref": "#/$defs/hr"
        },
        {
          "$ref": "#/$defs/img"
        },
        {
          "$ref": "#/$defs/img_combination"
        },
        {
          "$ref": "#/$defs/chart"
        },
        {
          "$ref": "#/$defs/person"
        },
        {
          "$ref": "#/$defs/person_list"
        },
        {
          "$ref": "#/$defs/button"
        },
        {
          "$ref": "#/$defs/overflow"
        },
        {
          "$ref": "#/$defs/input"
        },
        {
          "$ref": "#/$defs/select_static"
        },
        {
          "$ref": "#/$defs/multi_select_static"
        },
        {
          "$ref": "#/$defs/select_person"
        },
        {
          "$ref": "#/$defs/multi_select_person"
        },
        {
          "$ref": "#/$defs/date_picker"
        },
        {
          "$ref": "#/$defs/picker_time"
        },
        {
          "$ref": "#/$defs/picker_datetime"
        },
        {
          "$ref": "#/$defs/checker"
        },
        {
          "$ref": "#/$defs/select_img"
        },
        {
          "$ref": "#/$defs/column_set"
        },
        {
          "$ref": "#/$defs/interactive_container"
        },
        {
          "$ref": "#/$defs/collapsible_panel"
        },
        {
          "$ref": "#/$defs/form"
        },
        {
          "$ref": "#/$defs/table"
        }
      ]
    },
    "nestedElement": {
      "description": "A component inside a column or collapsible panel: anything but table.",
      "type": "object",
      "required": [
        "tag"
      ],
      "discriminator": {
        "propertyName": "tag"
      },
      "oneOf": [
        {
          "$ref": "#/$defs/markdown"
        },
        {
          "$ref": "#/$defs/div"
        },
        {
          "$ref": "#/$defs/hr"
        },
        {
          "$ref": "#/$defs/img"
        },
        {
          "$ref": "#/$defs/img_combination"
        },
        {
          "$ref": "#/$defs/chart"
        },
        {
          "$ref": "#/$defs/person"
        },
        {
          "$ref": "#/$defs/person_list"
        },
        {
          "$ref": "#/$defs/button"
        },
        {
          "$ref": "#/$defs/overflow"
        },
        {
          "$ref": "#/$defs/input"
        },
        {
          "$ref": "#/$defs/select_static"
        },
        {
          "$ref": "#/$defs/multi_select_static"
        },
        {
          "$ref": "#/$defs/select_person"
        },
        {
          "$ref": "#/$defs/multi_select_person"
        },
        {
          "$ref": "#/$defs/date_picker"
        },
        {
          "$ref": "#/$defs/picker_time"
        },
        {
          "$ref": "#/$defs/picker_datetime"
        },
        {
          "$ref": "#/$defs/checker"
        },
        {
          "$ref": "#/$defs/select_img"
        },
        {
          "$ref": "#/$defs/column_set"
        },
        {
          "$ref": "#/$defs/interactive_container"
        },
        {
          "$ref": "#/$defs/collapsible_panel"
        },
        {
          "$ref": "#/$defs/form"
        }
      ],
      "x-lark-refused": {
        "table": "a table can only be a direct child of body.elements; move it out of the container"
      }
    },
    "containerElement": {
      "description": "A component inside an interactive_container: no form, no table.",
      "type": "object",
      "required": [
        "tag"
      ],
      "discriminator": {
        "propertyName": "tag"
      },
      "oneOf": [
        {
          "$ref": "#/$defs/markdown"
        },
        {
          "$ref": "#/$defs/div"
        },
        {
          "$ref": "#/$defs/hr"
        },
        {
          "$ref": "#/$defs/img"
        },
        {
          "$ref": "#/$defs/img_combination"
        },
        {
          "$ref": "#/$defs/chart"
        },
        {
          "$ref": "#/$defs/person"
        },
        {
          "$ref": "#/$defs/person_list"
        },
        {
          "$ref": "#/$defs/button"
        },
        {
          "$ref": "#/$defs/overflow"
        },
        {
          "$ref": "#/$defs/input"
        },
        {
          "$ref": "#/$defs/select_static"
        },
        {
          "$ref": "#/$defs/multi_select_static"
        },
        {
          "$ref": "#/$defs/select_person"
        },
        {
          "$ref": "#/$defs/multi_select_person"
        },
        {
          "$ref": "#/$defs/date_picker"
        },
        {
          "$ref": "#/$defs/picker_time"
        },
        {
          "$ref": "#/$defs/picker_datetime"
        },
        {
          "$ref": "#/$defs/checker"
        },
        {
          "$ref": "#/$defs/select_img"
        },
        {
          "$ref": "#/$defs/column_set"
        },
        {
          "$ref": "#/$defs/interactive_container"
        },
        {
          "$ref": "#/$defs/collapsible_panel"
        }
      ],
      "x-lark-refused": {
        "table": "a table can only be a direct child of body.elements; move it out of the container",
        "form": "an interactive_container cannot hold a form; put the form at the body level and the container inside it or next to it"
      }
    },
    "formElement": {
      "description": "A component inside a form: anything but another form or a table.",
      "type": "object",
      "required": [
        "tag"
      ],
      "discriminator": {
        "propertyName": "tag"
      },
      "oneOf": [
        {
          "$ref": "#/$defs/markdown"
        },
        {
          "$ref": "#/$defs/div"
        },
        {
          "$ref": "#/$defs/hr"
        },
        {
          "$ref": "#/$defs/img"
        },
        {
          "$ref": "#/$defs/img_combination"
        },
        {
          "$ref": "#/$defs/chart"
        },
        {
          "$ref": "#/$defs/person"
        },
        {
          "$ref": "#/$defs/person_list"
        },
        {
          "$ref": "#/$defs/button"
        },
        {
          "$ref": "#/$defs/overflow"
        },
        {
          "$ref": "#/$defs/input"
        },
        {
          "$ref": "#/$defs/select_static"
        },
        {
          "$ref": "#/$defs/multi_select_static"
        },
        {
          "$ref": "#/$defs/select_person"
        },
        {
          "$ref": "#/$defs/multi_select_person"
        },
        {
          "$ref": "#/$defs/date_picker"
        },
        {
          "$ref": "#/$defs/picker_time"
        },
        {
          "$ref": "#/$defs/picker_datetime"
        },
        {
          "$ref": "#/$defs/checker"
        },
        {
          "$ref": "#/$defs/select_img"
        },
        {
          "$ref": "#/$defs/column_set"
        },
        {
          "$ref": "#/$defs/interactive_container"
        },
        {
          "$ref": "#/$defs/collapsible_panel"
        }
      ],
      "x-lark-refused": {
        "table": "a table can only be a direct child of body.elements; move it out of the container",
        "form": "forms cannot be nested; use one form per card section"
      }
    },
    "nestedElements": {
      "type": "array",
      "items": {
        "$ref": "#/$defs/nestedElement"
      }
    },
    "containerElements": {
      "type": "array",
      "items": {
        "$ref": "#/$defs/containerElement"
      }
    },
    "formElements": {
      "type": "array",
      "items": {
        "$ref": "#/$defs/formElement"
      }
    }
  }
};

/** Card 1.0: loose, unknown properties allowed. */
export const CARD_V1_SCHEMA: CardSchema = {
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://lark-im-codegen.local/cards/card-v1.schema.json",
  "title": "CardV1",
  "description": "A Lark message card in the older 1.0 structure (no \"schema\": \"2.0\"). Looser than 2.0: the platform ignores properties it does not know, so only the shape that matters for delivery and rendering is checked.",
  "type": "object",
  "x-lark-maxElements": 200,
  "x-lark-maxBytes": 30720,
  "properties": {
    "config": {
      "type": "object",
      "properties": {
        "update_multi": {
          "type": "boolean",
          "description": "A shared card: updates reach every reader."
        },
        "wide_screen_mode": {
          "type": "boolean"
        },
        "enable_forward": {
          "type": "boolean"
        }
      }
    },
    "card_link": {
      "type": "object",
      "properties": {
        "url": {
          "type": "string"
        }
      }
    },
    "header": {
      "type": "object",
      "properties": {
        "title": {
          "$ref": "#/$defs/text"
        },
        "subtitle": {
          "$ref": "#/$defs/text"
        },
        "template": {
          "type": "string"
        }
      },
      "required": [
        "title"
      ]
    },
    "elements": {
      "$ref": "#/$defs/elements"
    },
    "i18n_elements": {
      "type": "object",
      "description": "Elements by locale (zh_cn, en_us, …).",
      "additionalProperties": {
        "$ref": "#/$defs/elements"
      }
    },
    "open_ids": {
      "type": "array",
      "items": {
        "type": "string"
      },
      "description": "Who sees an update sent with a callback token (1.0 cards only)."
    }
  },
  "anyOf": [
    {
      "required": [
        "elements"
      ]
    },
    {
      "required": [
        "i18n_elements"
      ]
    }
  ],
  "$defs": {
    "text": {
      "type": "object",
      "properties": {
        "tag": {
          "enum": [
            "plain_text",
            "lark_md"
          ]
        },
        "content": {
          "type": "string"
        }
      },
      "required": [
        "tag"
      ]
    },
    "element": {
      "type": "object",
      "properties": {
        "tag": {
          "type": "string",
          "enum": [
            "div",
            "markdown",
            "hr",
            "img",
            "note",
            "action",
            "column_set",
            "column",
            "button",
            "select_static",
            "select_person",
            "overflow",
            "date_picker",
            "picker_time",
            "picker_datetime",
            "plain_text",
            "lark_md",
            "person",
            "person_list",
            "table",
            "chart",
            "collapsible_panel",
            "form",
            "input",
            "checker",
            "img_combination",
            "interactive_container",
            "multi_select_static",
            "multi_select_person",
            "select_img",
            "standard_icon",
            "text_tag"
          ]
        },
        "elements": {
          "$ref": "#/$defs/elements"
        },
        "actions": {
          "$ref": "#/$defs/elements"
        },
        "columns": {
          "$ref": "#/$defs/elements"
        }
      },
      "required": [
        "tag"
      ]
    },
    "elements": {
      "type": "array",
      "items": {
        "$ref": "#/$defs/element"
      }
    }
  }
};
