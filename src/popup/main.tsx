import { render } from 'preact';
import { App } from './App';
import { askFirst } from './first-answers';
import './popup.css';

// Asked before the first render, so that the answers are on their way while it paints.
render(<App first={askFirst()} />, document.getElementById('app') as HTMLElement);
