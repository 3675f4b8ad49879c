package com.atlassian.webresource.api.assembler;

import com.atlassian.webresource.api.assembler.resource.ResourcePhase;
import java.util.Set;

/** Host-API declaration (webresource API, compile-only). */
public interface RequiredResources {
    RequiredResources requireWebResource(String moduleCompleteKey);
    RequiredResources requireWebResource(ResourcePhase resourcePhase, String moduleCompleteKey);
    RequiredResources requireModule(String moduleName);
    RequiredResources requireModule(ResourcePhase resourcePhase, String moduleName);
    RequiredResources requireContext(String context);
    RequiredResources requireContext(ResourcePhase resourcePhase, String context);
    RequiredResources exclude(Set<String> webResources, Set<String> contexts);
    RequiredResources requirePage(String key);
    RequiredResources requirePage(ResourcePhase resourcePhase, String key);
    RequiredResources excludeSuperbatch();
    RequiredResources requireSuperbatch(ResourcePhase resourcePhase);
}
