(async () => {
  const id = param('application');
  const list = document.getElementById('list');
  const message = document.getElementById('message');
  const me = await header();
  if (!/^\d+$/.test(id || '')) { showError(list, new Error('缺少申报编号')); return; }
  async function refresh() {
    try {
      const files = await api.get('/api/applications/' + id + '/attachments');
      list.replaceChildren(files.length ? table(['类别', '文件', '大小', '上传人', '时间', ''], files.map(f => [f.kind,
        el('a', { href: '/api/attachments/' + f.id }, f.fileName), Math.ceil(f.sizeBytes / 1024) + ' KB', f.uploadedBy, time(f.uploadedAt),
        me && me.cityCode ? deleteButton(f) : ''])) : el('p', { class: 'meta' }, '暂无附件'));
    } catch (e) { showError(list, e); }
  }
  function deleteButton(file) {
    const button = el('button', { class: 'danger', type: 'button' }, '删除');
    button.onclick = async () => {
      if (!confirm('删除附件「' + file.fileName + '」?')) return;
      try { await api.send('DELETE', '/api/attachments/' + file.id); refresh(); } catch (e) { showError(message, e); }
    };
    return button;
  }
  document.getElementById('upload').onsubmit = (event) => {
    event.preventDefault();
    const form = event.target, progress = document.getElementById('progress');
    const file = form.file.files[0];
    if (file && file.size > 20 * 1024 * 1024) { showError(message, new Error('文件超过 20MB 上限,请压缩或拆分后上传')); return; }
    const request = new XMLHttpRequest();
    request.open('POST', '/api/applications/' + id + '/attachments');
    request.setRequestHeader('X-Requested-With', 'XMLHttpRequest');
    request.setRequestHeader('Accept', 'application/json');
    request.upload.onprogress = e => { progress.hidden = false; progress.value = e.lengthComputable ? 100 * e.loaded / e.total : 0; };
    request.onload = () => {
      progress.hidden = true;
      let body = {};
      try { body = JSON.parse(request.responseText); } catch (e) { body = { message: '上传失败' }; }
      if (request.status === 201) {
        message.replaceChildren(el('p', { class: 'ok' }, '已上传:' + body.fileName));
        form.reset();
        refresh();
      } else {
        showError(message, Object.assign(new Error(body.message || '上传失败'), { status: request.status, details: body.details }));
      }
    };
    request.onerror = () => { progress.hidden = true; showError(message, new Error('网络中断,文件未上传,请重试')); };
    request.send(new FormData(form));
  };
  refresh();
})();
