#!/bin/bash
# deb post-remove: undoes after-install.tpl (the /usr/bin/crumbs link and the AppArmor profile).

if type update-alternatives >/dev/null 2>&1; then
    update-alternatives --remove crumbs '/opt/${sanitizedProductName}/resources/bin/crumbs' || true
fi
if [ -L /usr/bin/crumbs ] && [ ! -e /usr/bin/crumbs ]; then
    rm -f /usr/bin/crumbs
fi

APPARMOR_PROFILE_DEST='/etc/apparmor.d/${executable}'
if [ -f "$APPARMOR_PROFILE_DEST" ]; then
  if apparmor_status --enabled > /dev/null 2>&1; then
    if ! { [ -x '/usr/bin/ischroot' ] && /usr/bin/ischroot; } && hash apparmor_parser 2>/dev/null; then
      apparmor_parser --remove "$APPARMOR_PROFILE_DEST" || true
    fi
  fi
  rm -f "$APPARMOR_PROFILE_DEST"
fi
