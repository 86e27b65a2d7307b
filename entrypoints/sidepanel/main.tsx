import { render } from 'solid-js/web';
render(() => <p>Moderato</p>, document.getElementById('app')!);
