#!/bin/sh
# Serves a built site with Debian's nginx on loopback, using the production rules of
# deploy/site.conf and deploy/headers.conf, so the Playwright suite can run against the
# real server (E2E_BASE_URL=http://127.0.0.1:<port>). nginx runs in the background as its
# own daemon; its config, pid, logs and temp folders live under .tmp/nginx/ (or $NGINX_WORK).
#
#   scripts/ci-nginx.sh start [dist-dir] [port]   default: dist 4470
#   scripts/ci-nginx.sh stop
#   scripts/ci-nginx.sh conf  [dist-dir] [port]   write the config only (nginx -t checks it)
set -eu

cmd=${1:-start}
dist_arg=${2:-dist}
dist=$(cd "$dist_arg" 2>/dev/null && pwd || true)
port=${3:-4470}
repo=$(cd "$(dirname "$0")/.." && pwd)
work=${NGINX_WORK:-"$repo/.tmp/nginx"}
case "$work" in /*) ;; *) work="$repo/$work" ;; esac
nginx_bin=$(command -v nginx || echo /usr/sbin/nginx)

write_conf() {
	[ -n "$dist" ] && [ -f "$dist/index.html" ] || { echo "ci-nginx: no built site at $dist_arg (run npm run build)" >&2; exit 1; }
	mkdir -p "$work/logs" "$work/temp"
	sed "s|__DEPLOY__|$repo/deploy|g" "$repo/deploy/site.conf" > "$work/site.conf"
	mime=/etc/nginx/mime.types # installed with Debian's nginx package
	cat > "$work/nginx.conf" <<CONF
# Written by scripts/ci-nginx.sh; do not edit.
worker_processes 1;
pid $work/nginx.pid;
error_log $work/logs/error.log warn;
events { worker_connections 256; }
http {
	include $mime;
	default_type application/octet-stream;
	# Time, bytes sent (headers and body) and request: the benchmark counts a visit's bytes here.
	log_format timed '\$msec \$bytes_sent \$status "\$request"';
	access_log $work/logs/access.log timed;
	client_body_temp_path $work/temp/body;
	proxy_temp_path $work/temp/proxy;
	fastcgi_temp_path $work/temp/fastcgi;
	uwsgi_temp_path $work/temp/uwsgi;
	scgi_temp_path $work/temp/scgi;
	sendfile on;
	server {
		listen 127.0.0.1:$port;
		server_name localhost;
		root $dist;
		include $work/site.conf;
	}
}
CONF
}

case "$cmd" in
start)
	write_conf
	if [ -f "$work/nginx.pid" ] && kill -0 "$(cat "$work/nginx.pid")" 2>/dev/null; then
		old=$(cat "$work/nginx.pid")
		"$nginx_bin" -p "$work" -c "$work/nginx.conf" -s stop 2>/dev/null || true
		i=0
		while kill -0 "$old" 2>/dev/null && [ $i -lt 100 ]; do i=$((i + 1)); sleep 0.1; done
	fi
	"$nginx_bin" -t -q -p "$work" -c "$work/nginx.conf"
	"$nginx_bin" -p "$work" -c "$work/nginx.conf"
	i=0
	until curl -fsS -o /dev/null "http://127.0.0.1:$port/" 2>/dev/null; do
		i=$((i + 1))
		[ $i -gt 50 ] && { echo "ci-nginx: not answering on $port" >&2; cat "$work/logs/error.log" >&2; exit 1; }
		sleep 0.1
	done
	echo "ci-nginx: serving $dist on http://127.0.0.1:$port/ (pid $(cat "$work/nginx.pid"))"
	;;
stop)
	if [ -f "$work/nginx.pid" ]; then
		"$nginx_bin" -p "$work" -c "$work/nginx.conf" -s quit 2>/dev/null || kill "$(cat "$work/nginx.pid")" 2>/dev/null || true
		echo "ci-nginx: stopped"
	else
		echo "ci-nginx: not running"
	fi
	;;
conf)
	write_conf
	"$nginx_bin" -t -p "$work" -c "$work/nginx.conf"
	;;
*)
	echo "usage: $0 start|stop|conf [dist-dir] [port]" >&2
	exit 2
	;;
esac
