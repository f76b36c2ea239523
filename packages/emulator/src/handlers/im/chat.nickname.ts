/** The emulator's handlers of `im.chat.nickname` (specs/im/resources/chat.nickname.yaml), kept with the user settings they share a record with. */
export { chatNicknameHandlers } from './chat.user_setting.js';
