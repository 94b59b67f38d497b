// Keeps each embedded chart's iframe as tall as its content. An embed page posts
// {type: "wechat-ss-2021:height", chart, height} to its parent on load and whenever its height
// changes; this script, on the host page, sets the height of the iframe it came from: the frame
// that sent it, whose src has the message's origin and whose data-wechat-ss-2021-chart is its chart.
// A frame that loaded before this script is asked for its height again.
;(() => {
  if (window.wechatSs2021Embed) return
  window.wechatSs2021Embed = true
  window.addEventListener('message', (event) => {
    const message = event.data
    if (
      message?.type !== 'wechat-ss-2021:height' ||
      typeof message.chart !== 'string' ||
      typeof message.height !== 'number' ||
      !(message.height > 0 && message.height < 20000)
    )
      return
    for (const frame of document.querySelectorAll('iframe[data-wechat-ss-2021-chart]')) {
      if (
        frame.contentWindow === event.source &&
        frame.getAttribute('data-wechat-ss-2021-chart') === message.chart &&
        new URL(frame.src, document.baseURI).origin === event.origin
      ) {
        frame.style.height = `${Math.ceil(message.height)}px`
      }
    }
  })
  for (const frame of document.querySelectorAll('iframe[data-wechat-ss-2021-chart]')) {
    frame.contentWindow?.postMessage(
      { type: 'wechat-ss-2021:height?' },
      new URL(frame.src, document.baseURI).origin,
    )
  }
})()
