/**
 * The emoji names a reaction may use: the platform's published reaction catalogue (names are
 * facts; the list grows upstream, so an emulator user can add names with LARK_EMULATOR_EMOJI).
 * Reactions with a name outside it are refused with 231001, as the platform does.
 */
const CATALOGUE = `
OK THUMBSUP THANKS MUSCLE FINGERHEART APPLAUSE FISTBUMP JIAYI DONE SMILE BLUSH LAUGH SMIRK LOL
FACEPALM LOVE WINK PROUD WITTY SMART SCOWL THINKING SOB CRY ERROR NOSEPICK HAUGHTY SLAP SPITBLOOD
TOASTED GLANCE DULL INNOCENTSMILE JOYFUL WOW TRICK YEAH ENOUGH TEARS EMBARRASSED KISS SMOOCH DROOL
OBSESSED MONEY TEASE SHOWOFF COMFORT CLAP PRAISE STRIVE XBLUSH SILENT WAVE WHAT FROWN SHY DIZZY
LOOKDOWN CHUCKLE WAIL CRAZY WHIMPER HUG BLUBBER WRONGED HUSKY SHHH SMUG ANGRY HAMMER SHOCKED TERROR
PETRIFIED SKULL SWEAT SPEECHLESS SLEEP DROWSY YAWN SICK PUKE BETRAYED HEADSET EatingFood MeMeMe Sigh
Typing Lemon Get LGTM OnIt OneSecond VRHeadset YouAreTheBest SALUTE SHAKE HIGHFIVE UPPERLEFT
ThumbsDown SLIGHT TONGUE EYESCLOSED RoarForYou CALF BEAR BULL RAINBOWPUKE ROSE HEART PARTY LIPS BEER
CAKE GIFT CUCUMBER Drumstick Pepper CANDIEDHAWS BubbleTea Coffee Yes No OKR CheckMark CrossMark
MinusOne Hundred AWESOMEN Pin Alarm Loudspeaker Trophy Fire BOMB Music XmasTree Snowman XmasHat
FIREWORKS REDPACKET FORTUNE LUCK FIRECRACKER StickyRiceBalls HEARTBROKEN POOP
StatusFlashOfInspiration CLEAVER Soccer Basketball GeneralDoNotDisturb Status_PrivateMessage
GeneralInMeetingBusy StatusReading StatusInFlight GeneralBusinessTrip GeneralWorkFromHome
StatusEnjoyLife GeneralTravellingCar StatusBus GeneralSun GeneralMoonRest PursueUltimate
`;

export const EMOJI_NAMES: ReadonlySet<string> = new Set([
  ...CATALOGUE.split(/\s+/).filter(Boolean),
  ...(process.env.LARK_EMULATOR_EMOJI ?? '').split(',').map((s) => s.trim()).filter(Boolean),
]);
