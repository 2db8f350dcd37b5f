import { render } from 'preact';
import { App } from './app.js';
import { installLinkHandler } from './router.js';
import './styles.css';

installLinkHandler();
render(<App />, document.getElementById('app')!);
