/**
 * The 4.0 room's stylesheet, written against the styled components' `sc-` ids (as the real client's
 * generated CSS is): enough layout for the rail, the one side panel, rows and the dialog to be
 * drawn, sized and clickable, as a moderator sees them.
 */
import { sc } from './styled';

const id = (component: string) => `.${sc(component).split(' ')[0]}`;

export const ROOM40_CSS = `
*{box-sizing:border-box}
html,body{margin:0;height:100%;font-family:"Source Sans Pro",Arial,sans-serif;font-size:14px;color:#222;background:#06172a}
#app,${id('Layout')}{display:flex;height:100vh;overflow:hidden}
${id('NavigationSidebar')}{width:56px;flex:none;background:#fff;display:flex;flex-direction:column;gap:8px;padding:8px;align-items:center}
${id('RailButton')}{width:40px;height:40px;border-radius:8px;display:flex;align-items:center;justify-content:center;cursor:pointer;background:#eef2f6}
${id('RailButton')}[aria-expanded="true"]{background:#0f70d7;color:#fff}
#sidebar-content{width:340px;flex:none;background:#fff;display:flex;flex-direction:column;overflow:hidden;border-left:1px solid #dce4ec}
${id('UserListPanel')},${id('ChatPanel')}{display:flex;flex-direction:column;flex:1;min-height:0}
${id('Header')}{display:flex;align-items:center;gap:8px;padding:8px 12px}
${id('Header')} h2,${id('HeaderTitle')}{font-size:14px;margin:0;flex:1}
${id('SearchInput')}{margin:0 12px 8px;padding:6px}
${id('ScrollBox')}{flex:1;min-height:0;overflow-y:auto}
${id('UserItemContents')}{display:flex;align-items:center;gap:8px;padding:6px 12px;min-height:44px}
${id('Avatar')},${id('RaiseHandAvatar')}{width:32px;height:32px;border-radius:50%;color:#fff;display:flex;align-items:center;justify-content:center;flex:none;position:relative}
${id('IndexBadge')}{position:absolute;top:-4px;left:-4px;background:#fff;color:#222;border-radius:8px;font-size:10px;padding:0 4px}
${id('UserNameContainer')}{flex:1;min-width:0;display:flex;flex-direction:column}
${id('UserNameSub')}{font-size:11px;color:#6b7886}
${id('UserItemToolbar')}{display:flex;gap:4px}
${id('ToolbarButton')},${id('ToolbarItem')}{border:0;background:#eef2f6;border-radius:4px;padding:4px 6px;cursor:pointer;font-size:12px}
${id('Skeleton')}{display:flex;flex-direction:column}
${id('SkeletonRow')}{height:44px;margin:4px 12px;background:#eef2f6;border-radius:4px}
${id('RaisedHandsContainer')}{border-bottom:1px solid #dce4ec;padding-bottom:6px}
${id('RaisedHandsTitle')}{font-size:13px;margin:8px 12px}
${id('ActionButtonsWrapper')}{display:flex;gap:8px;padding:8px 12px;border-top:1px solid #dce4ec}
${id('ActionButtonWrapper')}{display:flex;align-items:center;gap:6px;flex:1}
${id('ActionButtonLabel')}{font-size:12px}
${id('ActionButton')}{width:36px;height:36px;border-radius:50%;border:0;background:#eef2f6;cursor:pointer}
${id('MessageList')}{flex:1;min-height:0;overflow-y:auto;padding:8px 12px}
${id('ChatItem')}{padding:2px 0}
${id('ChatHeader')}{display:flex;gap:8px;font-weight:600}
${id('ChatHeader')} time,${id('ChatFooter')} time{font-weight:400;color:#6b7886;font-size:11px}
${id('MessageText')} p,${id('Notification')} p{margin:0}
${id('Form')}{display:flex;gap:6px;padding:8px 12px}
${id('Input')}{flex:1;min-height:40px}
${id('Main')}{flex:1;display:flex;flex-direction:column;min-width:0}
${id('NavBar')}{height:56px;display:flex;align-items:center;gap:12px;padding:0 16px;color:#fff}
${id('NavBar')} h1{font-size:16px;margin:0}
${id('TalkingIndicator')}{display:flex;gap:6px}
${id('TalkingButton')}{border:0;border-radius:12px;padding:2px 8px;background:#0f70d7;color:#fff}
${id('Presentation')}{flex:1;margin:8px 16px;background:#e9eef3;border-radius:6px;display:flex;align-items:center;justify-content:center}
${id('ActionsBar')}{height:72px;display:flex;align-items:center;justify-content:center}
${id('Overlay')}{position:fixed;inset:0;background:rgba(6,23,42,.5);display:flex;align-items:center;justify-content:center}
${id('ModalContent')}{background:#fff;border-radius:8px;padding:16px;width:480px;max-height:90vh;overflow:auto}
${id('ModalHeader')}{display:flex;justify-content:space-between;align-items:center}
${id('TabList')}{display:flex;gap:4px;margin:8px 0}
${id('Tab')}[aria-selected="true"]{border-bottom:2px solid #0f70d7}
${id('Row')}{padding:4px 0}
${id('Footer')}{display:flex;justify-content:flex-end;gap:8px;margin-top:12px}
`;
