/**
 * The room's stylesheet. State that BBB shows only through CSS (mute, talking, presenter) is
 * written here as classes so getComputedStyle reads the same values as on a real room:
 * avatar `::after` content \e931 / \e932 / \e90c and `animation-name: pulse` while talking.
 * The icon codes are kept in `content` but drawn as coloured dots (no icon font is loaded).
 */
export const ROOM_CSS = `
*{box-sizing:border-box}
html,body{margin:0;height:100%;font-family:"Source Sans Pro",Arial,sans-serif;font-size:14px;color:#222;background:#06172a}
#app{display:flex;height:100vh;overflow:hidden}
.sidebar-navigation{width:260px;flex:none;background:#f3f6f9;display:flex;flex-direction:column;overflow:hidden;border-right:1px solid #dce4ec}
.sidebar-content{width:340px;flex:none;background:#fff;display:flex;flex-direction:column;overflow:hidden}
.main{flex:1;display:flex;flex-direction:column;min-width:0}
.navbar{height:56px;display:flex;align-items:center;gap:12px;padding:0 16px;color:#fff;flex:none}
.navbar h1{font-size:16px;font-weight:600;margin:0;white-space:nowrap}
.presentation{flex:1;margin:8px 16px;background:#e9eef3;border-radius:6px;display:flex;align-items:center;justify-content:center;color:#4e5a66;font-size:22px}
.actionsbar{height:72px;flex:none;display:flex;align-items:center;justify-content:center;gap:12px}
.actionsbar button{border-radius:50%;width:48px;height:48px;border:0;background:#fff;font-size:20px;cursor:pointer}
[data-test-user-list-panel]{display:flex;flex-direction:column;flex:1;min-height:0}
.panel-section{padding:8px 12px}
.users-title-row{display:flex;align-items:center;justify-content:space-between;padding:8px 12px}
.users-title-row h2{font-size:13px;text-transform:uppercase;color:#4e5a66;margin:0;font-weight:600}
button.gear{border:0;background:none;font-size:18px;cursor:pointer;color:#4e5a66}
.user-list-scroll{flex:1;min-height:0;overflow-y:auto;position:relative}
.user-list-scroll ul{list-style:none;margin:0;padding:0}
.user-item{display:flex;align-items:center;gap:10px;padding:6px 12px;height:48px;cursor:pointer}
.user-item:hover{background:#e5ecf3}
.user-name{display:flex;flex-direction:column;min-width:0;line-height:1.2}
.user-name .name{white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.sub-labels{font-size:11px;color:#6b7886;display:flex;gap:4px}
.skeleton{height:36px;margin:6px 12px;border-radius:6px;background:linear-gradient(90deg,#e6ebf0,#f4f7fa,#e6ebf0)}
.avatar{position:relative;flex:none;width:34px;height:34px;border-radius:50%;color:#fff;font-size:12px;font-weight:600;display:flex;align-items:center;justify-content:center}
.avatar.moderator{border-radius:6px}
.avatar::after{position:absolute;right:-3px;bottom:-3px;width:12px;height:12px;border-radius:50%;font-size:0;border:2px solid #f3f6f9}
.avatar.in-audio::after{content:"\\e931";background:#2e7d32}
.avatar.muted::after{content:"\\e932";background:#d32f2f}
.avatar.listen-only::after{content:"\\e90c";background:#78909c}
.avatar.presenter::before{content:"\\e90b";position:absolute;left:-4px;top:-4px;width:12px;height:12px;border-radius:3px;background:#0f70d7;font-size:0}
.avatar.talking{animation:pulse 1s infinite ease-in-out}
.avatar .talking-pulse{position:absolute;inset:0;border-radius:inherit;animation:pulse 1s infinite ease-in-out}
@keyframes pulse{0%{box-shadow:0 0 0 0 rgba(46,125,50,.7)}70%{box-shadow:0 0 0 7px rgba(46,125,50,0)}100%{box-shadow:0 0 0 0 rgba(46,125,50,0)}}
em-emoji{font-size:18px;line-height:1}
i[class^="icon-bbb-"]{font-style:normal}
.icon-bbb-hand::before{content:"\\270B"}
.icon-bbb-time::before{content:"\\23F0"}
.talking-indicator{display:flex;gap:6px;flex-wrap:nowrap;overflow:hidden}
.talking-indicator button{border:0;border-radius:14px;padding:4px 10px;font-size:12px;color:#fff;background:#2e7d32;cursor:pointer;white-space:nowrap}
.talking-indicator button.was-talking{background:#4e5a66}
.chat-header{display:flex;align-items:center;justify-content:space-between;padding:10px 14px;border-bottom:1px solid #e5ecf3;font-weight:600}
.chat-scroll{flex:1;min-height:0;overflow-y:auto;position:relative;padding:0}
.chat-message-container{padding:2px 14px}
.chat-message-header{display:flex;align-items:baseline;gap:8px;margin-top:8px}
.chat-user-name{font-weight:600;color:#0f70d7}
.chat-message-header time,.chat-footer-time,.time-window time{font-size:11px;color:#6b7886}
.chat-message-content p,.time-window p{margin:2px 0;white-space:pre-wrap;word-break:break-word}
.chat-message-notification{display:flex;gap:6px;align-items:center;color:#6b7886;font-style:italic;padding:4px 0}
.time-window{display:flex;gap:8px;padding:6px 14px}
.time-window .meta{display:flex;gap:8px;align-items:baseline}
.time-window .name span{font-weight:600;color:#0f70d7}
.time-window.system p{color:#4e5a66}
.chat-form{display:flex;gap:8px;padding:10px 14px;border-top:1px solid #e5ecf3}
.chat-form textarea{flex:1;resize:none;height:40px;border:1px solid #c5d0db;border-radius:6px;padding:8px;font:inherit}
.chat-form button{border:0;border-radius:6px;background:#0f70d7;color:#fff;padding:0 14px;cursor:pointer}
.menu-portal{position:fixed;left:220px;top:150px;z-index:20}
.menu-portal[aria-hidden="true"]{visibility:hidden;pointer-events:none}
.menu-portal ul{list-style:none;margin:0;padding:6px 0;background:#fff;border-radius:6px;box-shadow:0 4px 18px rgba(0,0,0,.25);min-width:280px}
.menu-portal li{padding:8px 16px;cursor:pointer}
.menu-portal li:hover{background:#e5ecf3}
.toast-container{position:fixed;right:16px;bottom:90px;z-index:15;display:flex;flex-direction:column;gap:8px}
.raiseHandToast{background:#fff;border-radius:8px;box-shadow:0 4px 18px rgba(0,0,0,.3);padding:12px;width:300px}
.raiseHandToast .toast-title{font-weight:600}
.avatars-wrapper{display:flex;gap:4px;margin-bottom:6px}
.avatars-wrapper [role="button"]{cursor:pointer}
.avatar-count{width:34px;height:34px;border-radius:50%;background:#4e5a66;color:#fff;display:flex;align-items:center;justify-content:center;font-size:12px}
.raiseHandToast button,.raised-hands button{margin-top:8px;border:0;border-radius:4px;background:#0f70d7;color:#fff;padding:6px 10px;cursor:pointer}
.raised-hands{padding:8px 12px;border-bottom:1px solid #dce4ec}
.raised-hands h2{font-size:13px;text-transform:uppercase;color:#4e5a66;margin:0 0 4px}
.raised-hand-row{display:flex;align-items:center;gap:8px;padding:4px 0;cursor:pointer}
.raised-hand-row .order{font-size:10px;color:#4e5a66}
.row-menu{list-style:none;margin:0 0 0 40px;padding:4px;background:#fff;border-radius:4px;box-shadow:0 2px 8px rgba(0,0,0,.2)}
.ReactModal__Overlay{position:fixed;inset:0;background:rgba(6,23,42,.6);display:flex;align-items:center;justify-content:center;z-index:30}
.ReactModal__Content{background:#fff;border-radius:8px;padding:20px 24px;width:560px;max-height:90vh;overflow:auto}
.ReactModal__Content h2{margin:0 0 6px;font-size:18px}
.lock-row,.lock-header{display:flex;align-items:center;justify-content:space-between;padding:6px 0;border-bottom:1px solid #eef2f6;gap:12px}
.lock-header{font-weight:600;color:#4e5a66}
.lock-row.mui{justify-content:flex-start}
.toggle-cell{display:flex;align-items:center;gap:8px}
.react-toggle{position:relative;width:50px;height:24px;cursor:pointer}
.react-toggle-track{width:50px;height:24px;border-radius:12px;background:#4d4d4d;color:#fff;font-size:9px;display:flex;align-items:center;justify-content:space-between;padding:0 6px}
.react-toggle--checked .react-toggle-track{background:#0f70d7}
.react-toggle-thumb{position:absolute;top:1px;left:1px;width:22px;height:22px;border-radius:50%;background:#fff;transition:left .15s}
.react-toggle--checked .react-toggle-thumb{left:27px}
.react-toggle-screenreader-only,.MuiSwitch-input{position:absolute;opacity:0;width:100%;height:100%;margin:0;left:0;top:0;cursor:pointer}
.MuiSwitch-root{position:relative;display:inline-flex;width:46px;height:24px;flex:none}
.MuiSwitch-track{position:absolute;inset:4px 2px;border-radius:8px;background:#9aa5b1}
.MuiSwitch-switchBase{position:absolute;left:0;top:0;width:24px;height:24px;z-index:1;transition:left .15s}
.MuiSwitch-switchBase.Mui-checked{left:22px}
.MuiSwitch-switchBase.Mui-checked+.MuiSwitch-track{background:#0f70d7}
.MuiSwitch-thumb{display:block;width:20px;height:20px;margin:2px;border-radius:50%;background:#fff;box-shadow:0 1px 3px rgba(0,0,0,.4)}
.modal-footer{display:flex;justify-content:flex-end;gap:8px;margin-top:16px}
.modal-footer button{border:0;border-radius:4px;padding:8px 16px;cursor:pointer}
.modal-footer button[data-apply]{background:#0f70d7;color:#fff}
.virtual-row{position:absolute;left:0;width:100%}
`;
