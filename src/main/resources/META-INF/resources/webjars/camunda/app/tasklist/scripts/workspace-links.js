// pilot-city: the Tasklist's header links to the official's workspace pages (我的已办), beside 发起流程.
const LINKS = [['/app/done.html', '我的已办']];

function addLinks() {
  const nav = document.querySelector('ul[ng-controller="camHeaderViewsCtrl"]');
  if (!nav || nav.querySelector('.pilot-city-link')) {
    return;
  }
  for (const [href, text] of LINKS) {
    const item = document.createElement('li');
    item.className = 'pilot-city-link';
    const link = document.createElement('a');
    link.href = href;
    link.target = '_blank';
    link.rel = 'noopener';
    link.textContent = text;
    item.appendChild(link);
    nav.prepend(item);
  }
}

new MutationObserver(addLinks).observe(document.documentElement, {childList: true, subtree: true});

export default [];
